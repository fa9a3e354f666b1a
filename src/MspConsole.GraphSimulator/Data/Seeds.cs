namespace MspConsole.GraphSimulator.Data;

/// <summary>Stable seed mixing and GUIDs (HashCode is randomised per process, so it can't be used here).</summary>
internal static class Seeds
{
    public const int ProfileSalt = 0;
    public const int UsersSalt = 1;
    public const int PoliciesSalt = 2;
    public const int RolesSalt = 3;

    public static Random For(int seed, int index, int salt)
    {
        var x = (ulong)(uint)seed * 0x9E3779B97F4A7C15UL ^ ((ulong)(uint)index << 20) ^ (ulong)(uint)salt;
        x += 0x9E3779B97F4A7C15UL;
        x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL;
        x = (x ^ (x >> 27)) * 0x94D049BB133111EBUL;
        x ^= x >> 31;
        return new Random((int)(x & 0x7FFFFFFF));
    }

    public static Guid NewGuid(Random random)
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes);
    }

    public static string Digits(Random random, int count)
    {
        Span<char> chars = stackalloc char[count];
        for (var i = 0; i < count; i++)
        {
            chars[i] = (char)('0' + random.Next(10));
        }

        return new string(chars);
    }

    public static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];
}
