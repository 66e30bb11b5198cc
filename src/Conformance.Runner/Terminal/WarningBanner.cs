using Spectre.Console;

namespace Conformance.Runner.Terminal;

/// <summary>Warnings the operator must not miss (such as disabled certificate checks), shown before and after a run.</summary>
public static class WarningBanner
{
    public static void Write(IReadOnlyList<string> warnings)
    {
        foreach (var warning in warnings)
        {
            AnsiConsole.MarkupLineInterpolated($"[bold red on yellow] WARNING [/] [bold red]{warning}[/]");
            System.Console.Error.WriteLine("conformance: WARNING: " + warning);
        }
    }
}
