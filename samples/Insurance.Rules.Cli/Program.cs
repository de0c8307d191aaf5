using Insurance.Rules.Cli;

// The console streams open on first use (ConsoleOutput): a one-case run starts building the rules first.
using var stdin = new StandardInput();
return CliApp.Run(args, stdin, ConsoleOutput.Out, ConsoleOutput.Error, !Console.IsOutputRedirected);
