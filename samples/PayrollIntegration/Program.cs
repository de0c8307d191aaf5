using Insurance.Rules.PayrollIntegration;

return await PayrollApp.RunAsync(args, Console.In, Console.Out, Console.Error).ConfigureAwait(false);
