using System.Collections.Frozen;
using System.Collections.Immutable;
using Carbon.Sdk.Units;

namespace Carbon.Zoning.Rules;

/// <summary>
/// Type-checks a parsed expression and compiles it into closures: no reflection, no dynamic code, no loops.
/// Every fact read gets a slot so that an unknown result names exactly the facts that made it unknown.
/// </summary>
internal sealed class ExpressionCompiler
{
    // Comparisons treat values within this relative difference as equal, so that a value written in one unit
    // (3 t/a) equals the same value reached through another (3 t ÷ 365 d): a numerical tolerance, not a domain number.
    private const double RelativeTolerance = 1e-9;

    private readonly CompileScope _scope;
    private readonly Dictionary<string, int> _slots = new(StringComparer.Ordinal);
    private readonly List<ExprType> _slotTypes = [];
    private ExpressionError? _error;

    private ExpressionCompiler(CompileScope scope) => _scope = scope;

    // Constant: the value of a literal, so that an operator with a literal operand compares with it directly instead
    // of calling its closure (each closure call is a delegate invocation; a rule is a handful of them).
    private readonly record struct Built(ExprType Type, Func<EvalContext, Value> Eval, Value? Constant = null);

    private delegate Value SubjectRead(IRuleSubject subject);

    private static readonly FrozenDictionary<string, (ExprType Type, SubjectRead Read)> Paths =
        new Dictionary<string, (ExprType, SubjectRead)>(StringComparer.Ordinal)
        {
            ["project.nature"] = (ExprType.Text, s => s.Nature),
            ["project.industries"] = (ExprType.TextList, s => s.Industries),
            ["project.products"] = (ExprType.TextList, s => s.Products),
            ["project.adminCode"] = (ExprType.Text, s => s.AdminCode),
            ["project.sectors"] = (ExprType.TextList, s => s.Sectors),
            ["energy.total"] = (ExprType.Of(Dimension.OfCoalEquivalent), s => s.Energy("total")),
            ["energy.equalValue"] = (ExprType.Of(Dimension.OfCoalEquivalent), s => s.Energy("equalValue")),
            ["energy.fossil"] = (ExprType.Of(Dimension.OfCoalEquivalent), s => s.Energy("fossil")),
            ["energy.renewable"] = (ExprType.Of(Dimension.OfCoalEquivalent), s => s.Energy("renewable")),
            ["energy.feedstock"] = (ExprType.Of(Dimension.OfCoalEquivalent), s => s.Energy("feedstock")),
            ["emissions.co2e"] = (ExprType.Of(Dimension.OfMass), s => s.Emissions("co2e")),
            ["emissions.co2"] = (ExprType.Of(Dimension.OfMass), s => s.Emissions("co2")),
            ["emissions.ch4"] = (ExprType.Of(Dimension.OfMass), s => s.Emissions("ch4")),
            ["emissions.n2o"] = (ExprType.Of(Dimension.OfMass), s => s.Emissions("n2o")),
            ["pollutants.any"] = (ExprType.Boolean, s => s.AnyPollutant),
            ["site.area"] = (ExprType.Of(Dimension.OfArea), s => s.SiteArea),
            ["site.section.meetsTarget"] = (ExprType.Boolean, s => s.Section("meetsTarget")),
            ["site.section.targetClass"] = (ExprType.Number, s => s.Section("targetClass")),
            ["site.section.currentClass"] = (ExprType.Number, s => s.Section("currentClass")),
            ["region.keyRegion"] = (ExprType.Boolean, s => s.KeyRegion),
            ["region.reductionTargetMet"] = (ExprType.Boolean, s => s.ReductionTargetMet),
        }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The functions, with their argument counts (min, max).</summary>
    internal static readonly FrozenDictionary<string, (int Min, int Max)> Functions =
        new Dictionary<string, (int, int)>(StringComparer.Ordinal)
        {
            ["has"] = (1, 1),
            ["site.within"] = (1, 1),
            ["site.distanceTo"] = (1, 1),
            ["pollutant"] = (1, 1),
            ["project.inIndustry"] = (1, 1),
            ["energy.carrier"] = (1, 1),
            ["energy.unit"] = (1, 2),
            ["emissions.intensity"] = (1, 2),
            ["region.air.attains"] = (1, 1),
            ["region.quotaExceeded"] = (1, 1),
            ["region.cap.headroom"] = (1, 1),
            ["region.cap.limit"] = (1, 1),
            ["region.cap.used"] = (1, 1),
        }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The fixed paths (for docs and suggestions).</summary>
    internal static IEnumerable<string> FixedPaths => Paths.Keys;

    /// <summary>Parses, checks and compiles an expression.</summary>
    /// <param name="text">The expression.</param>
    /// <param name="scope">What names mean.</param>
    /// <param name="requireBoolean">Whether the result must be a boolean (conditions).</param>
    /// <param name="error">Why it was refused.</param>
    /// <returns>The compiled expression, or null.</returns>
    public static CompiledExpression? Compile(string text, CompileScope scope, bool requireBoolean, out ExpressionError? error)
    {
        var tree = Parser.Parse(text, scope.Limits, out error);
        if (tree is null)
        {
            return null;
        }

        var compiler = new ExpressionCompiler(scope);
        var built = compiler.Build(tree);
        if (compiler._error is not null || built is null)
        {
            error = compiler._error;
            return null;
        }

        if (requireBoolean && built.Value.Type.Kind != TypeKind.Boolean)
        {
            error = ExpressionErrors.NotBoolean(built.Value.Type);
            return null;
        }

        var names = new string[compiler._slots.Count];
        foreach (var (name, index) in compiler._slots)
        {
            names[index] = name;
        }

        return new CompiledExpression(text, built.Value.Type, built.Value.Eval, [.. names], [.. compiler._slotTypes]);
    }

    private Built? Fail(ExpressionError error)
    {
        _error ??= error;
        return null;
    }

    private Built? Build(SyntaxNode node) => node switch
    {
        LiteralNode l => Literal(l),
        ListNode l => List(l),
        PathNode p => Path(p),
        CallNode c => Call(c),
        UnaryNode u => Unary(u),
        InNode i => In(i),
        BinaryNode b => Binary(b),
        _ => Fail(ExpressionErrors.Unexpected(node.Position, node.GetType().Name, "an expression")),
    };

    private static Built? Literal(LiteralNode l)
    {
        var value = l.Kind switch
        {
            TokenKind.Number => Value.Of(l.Quantity.Value),
            TokenKind.String => Value.Of(l.Text),
            TokenKind.True => Value.True,
            _ => Value.False,
        };
        var type = l.Kind switch
        {
            TokenKind.Number => ExprType.Of(l.Quantity.Dimension),
            TokenKind.String => ExprType.Text,
            _ => ExprType.Boolean,
        };
        return new Built(type, _ => value, value);
    }

    private Built? List(ListNode l)
    {
        var items = ImmutableArray.CreateBuilder<string>(l.Items.Length);
        foreach (var item in l.Items)
        {
            if (item is not LiteralNode { Kind: TokenKind.String } s)
            {
                return Fail(ExpressionErrors.ListItems(item.Position));
            }

            items.Add(s.Text);
        }

        var value = Value.Of(items.ToImmutable());
        return new Built(ExprType.TextList, _ => value, value);
    }

    private Built? Slot(string name, ExprType type, int position, SubjectRead read)
    {
        if (!TrySlot(name, type, position, out var slot))
        {
            return null;
        }

        return new Built(type, ctx => ctx.Record(slot, read(ctx.Subject)));
    }

    private bool TrySlot(string name, ExprType type, int position, out int slot)
    {
        if (!_slots.TryGetValue(name, out slot))
        {
            if (_slots.Count >= ExpressionLimits.MaxFactSlots)
            {
                Fail(ExpressionErrors.TooManyFacts(position, ExpressionLimits.MaxFactSlots));
                return false;
            }

            slot = _slots.Count;
            _slots.Add(name, slot);
            _slotTypes.Add(type);
        }

        return true;
    }

    private Built? Path(PathNode p)
    {
        var path = p.Path;
        if (path.StartsWith("facts.", StringComparison.Ordinal))
        {
            var key = path["facts.".Length..];
            if (!_scope.Facts.TryGetValue(key, out var fact))
            {
                return Fail(ExpressionErrors.UnknownFact(p.Position, path, Suggest(path, _scope.Facts.Keys.Select(k => "facts." + k))));
            }

            var type = fact.Type;
            if (!TrySlot(path, type, p.Position, out var factSlot))
            {
                return null;
            }

            // The most common read: asked of the subject directly rather than through a read delegate.
            return new Built(type, ctx => ctx.Record(factSlot, ctx.Subject.ProjectFact(key, type)));
        }

        if (path.StartsWith("params.", StringComparison.Ordinal))
        {
            var name = path["params.".Length..];
            if (!_scope.Parameters.TryGetValue(name, out var parameter))
            {
                var known = _scope.Parameters.Count == 0 ? "(none)" : string.Join(", ", _scope.Parameters.Keys.Order(StringComparer.Ordinal));
                return Fail(ExpressionErrors.UnknownParameter(p.Position, name, known));
            }

            var index = parameter.Index;
            if (!TrySlot(path, parameter.Type, p.Position, out var slot))
            {
                return null;
            }

            return new Built(parameter.Type, ctx => ctx.Record(slot, ctx.Parameters[index]));
        }

        if (Paths.TryGetValue(path, out var fixedPath))
        {
            return Slot(path, fixedPath.Type, p.Position, fixedPath.Read);
        }

        if (Functions.ContainsKey(path))
        {
            return Fail(ExpressionErrors.NotAFunction(p.Position, path, isFunction: true));
        }

        return Fail(ExpressionErrors.UnknownFact(p.Position, path, Suggest(path, Paths.Keys.Concat(_scope.Facts.Keys.Select(k => "facts." + k)))));
    }

    private string? Literal(CallNode c, int index, string name)
    {
        if (c.Arguments[index] is LiteralNode { Kind: TokenKind.String } s)
        {
            return s.Text;
        }

        Fail(ExpressionErrors.LiteralArgument(c.Arguments[index].Position, name));
        return null;
    }

    private Built? Call(CallNode c)
    {
        if (!Functions.TryGetValue(c.Name, out var arity))
        {
            if (Paths.ContainsKey(c.Name) || c.Name.StartsWith("facts.", StringComparison.Ordinal) || c.Name.StartsWith("params.", StringComparison.Ordinal))
            {
                return Fail(ExpressionErrors.NotAFunction(c.Position, c.Name, isFunction: false));
            }

            return Fail(ExpressionErrors.UnknownFunction(c.Position, c.Name));
        }

        if (c.Arguments.Length < arity.Min || c.Arguments.Length > arity.Max)
        {
            return Fail(ExpressionErrors.Arity(c.Position, c.Name, c.Arguments.Length < arity.Min ? arity.Min : arity.Max, c.Arguments.Length));
        }

        if (c.Name == "has")
        {
            if (c.Arguments[0] is not (PathNode or CallNode))
            {
                return Fail(ExpressionErrors.TypeMismatch(c.Arguments[0].Position, "has()", ExprType.Boolean, "a fact such as facts.cement.clinker-capacity", "一个事实，例如 facts.cement.clinker-capacity"));
            }

            var inner = Build(c.Arguments[0]);
            if (inner is null)
            {
                return null;
            }

            var read = inner.Value.Eval;
            return new Built(ExprType.Boolean, ctx => Value.Of(!read(ctx).IsUnknown));
        }

        var arg = Literal(c, 0, c.Name);
        if (arg is null)
        {
            return null;
        }

        var display = c.Name + "('" + arg + "')";
        switch (c.Name)
        {
            case "site.within":
            case "site.distanceTo":
                if (!_scope.IsZoneReference(arg))
                {
                    return Fail(ExpressionErrors.UnknownZoneKind(c.Arguments[0].Position, arg, _scope.ZoneKindsText));
                }

                return c.Name == "site.within"
                    ? Slot(display, ExprType.Boolean, c.Position, s => s.Within(arg))
                    : Slot(display, ExprType.Of(Dimension.OfLength), c.Position, s => s.DistanceTo(arg));

            case "pollutant":
            case "region.quotaExceeded":
                {
                    var pollutant = FactCatalog.CanonicalPollutant(arg);
                    if (pollutant is null)
                    {
                        return Fail(ExpressionErrors.BadArgumentValue(c.Arguments[0].Position, c.Name, arg, string.Join(", ", FactCatalog.Pollutants.Order(StringComparer.Ordinal))));
                    }

                    display = c.Name + "('" + pollutant + "')";
                    return c.Name == "pollutant"
                        ? Slot(display, ExprType.Of(Dimension.OfMass / Dimension.OfTime), c.Position, s => s.Pollutant(pollutant))
                        : Slot(display, ExprType.Boolean, c.Position, s => s.QuotaExceeded(pollutant));
                }

            case "region.air.attains":
                if (!FactCatalog.AirPollutants.Contains(arg))
                {
                    return Fail(ExpressionErrors.BadArgumentValue(c.Arguments[0].Position, c.Name, arg, string.Join(", ", FactCatalog.AirPollutants.Order(StringComparer.Ordinal))));
                }

                return Slot(display, ExprType.Boolean, c.Position, s => s.AirAttains(arg));

            case "project.inIndustry":
                if (arg.Length is < 1 or > 5 || !char.IsAsciiLetterUpper(arg[0]) || !arg.Skip(1).All(char.IsAsciiDigit))
                {
                    return Fail(ExpressionErrors.BadArgumentValue(c.Arguments[0].Position, c.Name, arg, "a GB/T 4754 code or prefix such as 'C', 'C30' or 'C3011'"));
                }

                return Slot(display, ExprType.Boolean, c.Position, s => s.InIndustry(arg));

            case "energy.carrier":
                if (_scope.Carriers is { } carriers && !carriers.Contains(arg))
                {
                    return Fail(ExpressionErrors.BadArgumentValue(c.Arguments[0].Position, c.Name, arg, string.Join(", ", carriers.Order(StringComparer.Ordinal))));
                }

                return Slot(display, ExprType.Of(Dimension.OfCoalEquivalent), c.Position, s => s.EnergyCarrier(arg));

            case "energy.unit":
            case "emissions.intensity":
                {
                    var per = Dimension.OfMass;
                    if (c.Arguments.Length == 2)
                    {
                        var unit = Literal(c, 1, c.Name);
                        if (unit is null)
                        {
                            return null;
                        }

                        switch (unit)
                        {
                            case "t": per = Dimension.OfMass; break;
                            case "m3": per = Dimension.OfVolume; break;
                            case "head": per = Dimension.OfCount; break;
                            default: return Fail(ExpressionErrors.BadArgumentValue(c.Arguments[1].Position, c.Name, unit, "'t', 'm3', 'head'"));
                        }

                        display = c.Name + "('" + arg + "', '" + unit + "')";
                    }

                    return c.Name == "energy.unit"
                        ? Slot(display, ExprType.Of(Dimension.OfCoalEquivalent / per), c.Position, s => s.EnergyUnit(arg, per))
                        : Slot(display, ExprType.Of(Dimension.OfMass / per), c.Position, s => s.EmissionIntensity(arg, per));
                }

            default:
                {
                    // region.cap.headroom / limit / used
                    if (!FactCatalog.Resources.TryGetValue(arg, out var dimension))
                    {
                        return Fail(ExpressionErrors.BadArgumentValue(c.Arguments[0].Position, c.Name, arg, string.Join(", ", FactCatalog.Resources.Keys.Order(StringComparer.Ordinal))));
                    }

                    var member = c.Name["region.cap.".Length..];
                    return Slot(display, ExprType.Of(dimension), c.Position, s => s.Cap(arg, member));
                }
        }
    }

    private Built? Unary(UnaryNode u)
    {
        var operand = Build(u.Operand);
        if (operand is null)
        {
            return null;
        }

        var f = operand.Value.Eval;
        if (u.Operator == TokenKind.Not)
        {
            if (operand.Value.Type.Kind != TypeKind.Boolean)
            {
                return Fail(ExpressionErrors.TypeMismatch(u.Operand.Position, "not", operand.Value.Type, "a boolean", "布尔值"));
            }

            return new Built(ExprType.Boolean, ctx =>
            {
                var v = f(ctx);
                return v.IsUnknown ? v : Value.Of(!v.Boolean);
            });
        }

        if (operand.Value.Type.Kind != TypeKind.Quantity)
        {
            return Fail(ExpressionErrors.TypeMismatch(u.Operand.Position, "'-'", operand.Value.Type, "a number or quantity", "数值或数量"));
        }

        return new Built(operand.Value.Type, ctx =>
        {
            var v = f(ctx);
            return v.IsUnknown ? v : Value.Of(-v.Number);
        });
    }

    private Built? In(InNode node)
    {
        var item = Build(node.Item);
        if (item is null)
        {
            return null;
        }

        var collection = Build(node.Collection);
        if (collection is null)
        {
            return null;
        }

        if (item.Value.Type.Kind != TypeKind.Text)
        {
            return Fail(ExpressionErrors.TypeMismatch(node.Item.Position, "'in'", item.Value.Type, "text on its left", "左侧为文本"));
        }

        if (collection.Value.Type.Kind != TypeKind.TextList)
        {
            return Fail(ExpressionErrors.TypeMismatch(node.Collection.Position, "'in'", collection.Value.Type, "a text list on its right, e.g. ['new', 'expansion']", "右侧为文本列表，例如 ['new', 'expansion']"));
        }

        var fi = item.Value.Eval;
        var fc = collection.Value.Eval;
        var negated = node.Negated;
        if (collection.Value.Constant is { } constantList)
        {
            var list = constantList.List;
            return new Built(ExprType.Boolean, ctx =>
            {
                var i = fi(ctx);
                return i.IsUnknown ? Value.Unknown(i.Missing) : Value.Of(ContainsOrdinal(list, i.Text!) != negated);
            });
        }

        return new Built(ExprType.Boolean, ctx =>
        {
            var i = fi(ctx);
            var c = fc(ctx);
            if (i.IsUnknown || c.IsUnknown)
            {
                return Value.Unknown(i.Missing | c.Missing);
            }

            var found = ContainsOrdinal(c.List, i.Text!);
            return Value.Of(found != negated);
        });
    }

    /// <summary>Membership without boxing the list (LINQ's Contains would box the ImmutableArray on every evaluation).</summary>
    private static bool ContainsOrdinal(System.Collections.Immutable.ImmutableArray<string> list, string item)
    {
        foreach (var member in list.AsSpan())
        {
            if (string.Equals(member, item, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static string Symbol(TokenKind op) => op switch
    {
        TokenKind.And => "and",
        TokenKind.Or => "or",
        TokenKind.Eq => "==",
        TokenKind.Ne => "!=",
        TokenKind.Lt => "<",
        TokenKind.Le => "<=",
        TokenKind.Gt => ">",
        TokenKind.Ge => ">=",
        TokenKind.Plus => "+",
        TokenKind.Minus => "-",
        TokenKind.Star => "*",
        _ => "/",
    };

    private Built? Binary(BinaryNode b)
    {
        var left = Build(b.Left);
        if (left is null)
        {
            return null;
        }

        var right = Build(b.Right);
        if (right is null)
        {
            return null;
        }

        var lt = left.Value.Type;
        var rt = right.Value.Type;
        var fl = left.Value.Eval;
        var fr = right.Value.Eval;
        var op = b.Operator;
        var symbol = Symbol(op);
        switch (op)
        {
            case TokenKind.And:
            case TokenKind.Or:
                if (lt.Kind != TypeKind.Boolean)
                {
                    return Fail(ExpressionErrors.TypeMismatch(b.Left.Position, "'" + symbol + "'", lt, "booleans on both sides", "两侧均为布尔值"));
                }

                if (rt.Kind != TypeKind.Boolean)
                {
                    return Fail(ExpressionErrors.TypeMismatch(b.Right.Position, "'" + symbol + "'", rt, "booleans on both sides", "两侧均为布尔值"));
                }

                return op == TokenKind.And ? new Built(ExprType.Boolean, ctx => And(fl, fr, ctx)) : new Built(ExprType.Boolean, ctx => Or(fl, fr, ctx));

            case TokenKind.Eq:
            case TokenKind.Ne:
                {
                    if (lt.Kind != rt.Kind || lt.Kind == TypeKind.TextList)
                    {
                        return Fail(ExpressionErrors.TypeMismatch(b.Right.Position, "'" + symbol + "'", rt, lt.Kind == TypeKind.TextList ? "no list (use 'in')" : lt.Describe() + " like its left side", lt.Kind == TypeKind.TextList ? "非列表（请用 in）" : "与左侧相同的" + lt.DescribeZh()));
                    }

                    if (lt.Kind == TypeKind.Quantity && lt.Dimension != rt.Dimension)
                    {
                        return Fail(ExpressionErrors.DimensionMismatch(b.Position, symbol, lt, rt));
                    }

                    var equal = op == TokenKind.Eq;
                    var kind = lt.Kind;
                    if (right.Value.Constant is { } k)
                    {
                        return new Built(ExprType.Boolean, ctx =>
                        {
                            var l = fl(ctx);
                            if (l.IsUnknown)
                            {
                                return Value.Unknown(l.Missing);
                            }

                            var same = kind switch
                            {
                                TypeKind.Quantity => Compare(l.Number, k.Number) == 0,
                                TypeKind.Boolean => l.Boolean == k.Boolean,
                                _ => string.Equals(l.Text, k.Text, StringComparison.Ordinal),
                            };
                            return Value.Of(same == equal);
                        });
                    }

                    return new Built(ExprType.Boolean, ctx =>
                    {
                        var l = fl(ctx);
                        var r = fr(ctx);
                        if (l.IsUnknown || r.IsUnknown)
                        {
                            return Value.Unknown(l.Missing | r.Missing);
                        }

                        var same = kind switch
                        {
                            TypeKind.Quantity => Compare(l.Number, r.Number) == 0,
                            TypeKind.Boolean => l.Boolean == r.Boolean,
                            _ => string.Equals(l.Text, r.Text, StringComparison.Ordinal),
                        };
                        return Value.Of(same == equal);
                    });
                }

            case TokenKind.Lt:
            case TokenKind.Le:
            case TokenKind.Gt:
            case TokenKind.Ge:
                {
                    if (lt.Kind != TypeKind.Quantity)
                    {
                        return Fail(ExpressionErrors.TypeMismatch(b.Left.Position, "'" + symbol + "'", lt, "a number or quantity", "数值或数量"));
                    }

                    if (rt.Kind != TypeKind.Quantity)
                    {
                        return Fail(ExpressionErrors.TypeMismatch(b.Right.Position, "'" + symbol + "'", rt, "a number or quantity", "数值或数量"));
                    }

                    if (lt.Dimension != rt.Dimension)
                    {
                        return Fail(ExpressionErrors.DimensionMismatch(b.Position, symbol, lt, rt));
                    }

                    if (right.Value.Constant is { } limit)
                    {
                        var threshold = limit.Number;
                        return new Built(ExprType.Boolean, ctx =>
                        {
                            var l = fl(ctx);
                            if (l.IsUnknown)
                            {
                                return Value.Unknown(l.Missing);
                            }

                            var c = Compare(l.Number, threshold);
                            return Value.Of(op switch
                            {
                                TokenKind.Lt => c < 0,
                                TokenKind.Le => c <= 0,
                                TokenKind.Gt => c > 0,
                                _ => c >= 0,
                            });
                        });
                    }

                    return new Built(ExprType.Boolean, ctx =>
                    {
                        var l = fl(ctx);
                        var r = fr(ctx);
                        if (l.IsUnknown || r.IsUnknown)
                        {
                            return Value.Unknown(l.Missing | r.Missing);
                        }

                        var c = Compare(l.Number, r.Number);
                        return Value.Of(op switch
                        {
                            TokenKind.Lt => c < 0,
                            TokenKind.Le => c <= 0,
                            TokenKind.Gt => c > 0,
                            _ => c >= 0,
                        });
                    });
                }

            default:
                {
                    if (lt.Kind != TypeKind.Quantity)
                    {
                        return Fail(ExpressionErrors.TypeMismatch(b.Left.Position, "'" + symbol + "'", lt, "a number or quantity", "数值或数量"));
                    }

                    if (rt.Kind != TypeKind.Quantity)
                    {
                        return Fail(ExpressionErrors.TypeMismatch(b.Right.Position, "'" + symbol + "'", rt, "a number or quantity", "数值或数量"));
                    }

                    if (op is TokenKind.Plus or TokenKind.Minus && lt.Dimension != rt.Dimension)
                    {
                        return Fail(ExpressionErrors.DimensionMismatch(b.Position, symbol, lt, rt));
                    }

                    var type = op switch
                    {
                        TokenKind.Star => ExprType.Of(lt.Dimension * rt.Dimension),
                        TokenKind.Slash => ExprType.Of(lt.Dimension / rt.Dimension),
                        _ => lt,
                    };
                    return new Built(type, ctx =>
                    {
                        var l = fl(ctx);
                        var r = fr(ctx);
                        if (l.IsUnknown || r.IsUnknown)
                        {
                            return Value.Unknown(l.Missing | r.Missing);
                        }

                        if (op == TokenKind.Slash && r.Number == 0)
                        {
                            // x / 0 has no value: the condition cannot be decided from these facts.
                            return Value.Unknown(0);
                        }

                        var result = op switch
                        {
                            TokenKind.Plus => l.Number + r.Number,
                            TokenKind.Minus => l.Number - r.Number,
                            TokenKind.Star => l.Number * r.Number,
                            _ => l.Number / r.Number,
                        };
                        return double.IsFinite(result) ? Value.Of(result) : Value.Unknown(0);
                    });
                }
        }
    }

    /// <summary>Kleene conjunction: false wins over unknown.</summary>
    private static Value And(Func<EvalContext, Value> fl, Func<EvalContext, Value> fr, EvalContext ctx)
    {
        var l = fl(ctx);
        if (!l.IsUnknown && !l.Boolean)
        {
            return Value.False;
        }

        var r = fr(ctx);
        if (!r.IsUnknown && !r.Boolean)
        {
            return Value.False;
        }

        return l.IsUnknown || r.IsUnknown ? Value.Unknown(l.Missing | r.Missing) : Value.True;
    }

    /// <summary>Kleene disjunction: true wins over unknown.</summary>
    private static Value Or(Func<EvalContext, Value> fl, Func<EvalContext, Value> fr, EvalContext ctx)
    {
        var l = fl(ctx);
        if (!l.IsUnknown && l.Boolean)
        {
            return l;
        }

        var r = fr(ctx);
        if (!r.IsUnknown && r.Boolean)
        {
            return r;
        }

        return l.IsUnknown || r.IsUnknown ? Value.Unknown(l.Missing | r.Missing) : Value.False;
    }

    /// <summary>Compares two numbers, treating a relative difference within the tolerance as equal.</summary>
    internal static int Compare(double a, double b)
    {
        var tolerance = RelativeTolerance * Math.Max(Math.Abs(a), Math.Abs(b));
        if (Math.Abs(a - b) <= tolerance)
        {
            return 0;
        }

        return a < b ? -1 : 1;
    }

    /// <summary>The closest known name within an edit distance of 3, for "did you mean".</summary>
    private static string? Suggest(string path, IEnumerable<string> known)
    {
        string? best = null;
        var bestDistance = 4;
        foreach (var k in known)
        {
            if (Math.Abs(k.Length - path.Length) >= bestDistance)
            {
                continue;
            }

            var d = Distance(path, k, bestDistance);
            if (d < bestDistance || (d == bestDistance && best is not null && string.CompareOrdinal(k, best) < 0))
            {
                bestDistance = d;
                best = k;
            }
        }

        return best;
    }

    private static int Distance(string a, string b, int cap)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                rowMin = Math.Min(rowMin, current[j]);
            }

            if (rowMin >= cap)
            {
                return cap;
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
