using System.Collections.Immutable;
using Carbon.Sdk;

namespace Carbon.Plugins.Livestock.Calculation;

/// <summary>
/// The annual average population (年平均饲养量) of a herd line, with the terms it came from.
/// </summary>
/// <param name="Basis">The basis the line gives (<c>stock</c> or <c>sold</c>).</param>
/// <param name="HeadGiven">The head count as given (存栏 or 出栏).</param>
/// <param name="DaysAlive">Days alive, when given.</param>
/// <param name="Average">The annual average population N.</param>
/// <param name="Terms">The trace terms: the head count, days alive and N.</param>
/// <param name="Note">How N was obtained.</param>
internal sealed record Population(string Basis, double HeadGiven, double? DaysAlive, double Average, ImmutableArray<Term> Terms, LocalizedText Note);
