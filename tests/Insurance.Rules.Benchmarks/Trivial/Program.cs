// Reads the file it is given and prints its length: as much start-up as "open a file, write a line" needs.
var text = args.Length > 0 ? File.ReadAllText(args[^1]) : string.Empty;
Console.WriteLine(text.Length);
