namespace MspConsole.GraphSimulator;

internal static class Program
{
    public static void Main() { }
}
