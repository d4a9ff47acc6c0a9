// The baseline of the console-start benchmark: start the runtime, write a line, exit.
System.Console.WriteLine("hello");
