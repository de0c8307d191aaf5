using Insurance.Rules.Cli;

using var stdin = new StreamReader(Console.OpenStandardInput());
return CliApp.Run(args, stdin, Console.Out, Console.Error, !Console.IsOutputRedirected);
