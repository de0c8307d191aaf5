using Insurance.Rules.Cli;

using var stdin = new StandardInput();
return CliApp.Run(args, stdin, Console.Out, Console.Error, !Console.IsOutputRedirected);
