using System.Text;

namespace Chatbot.Redis;

/// <summary>
/// Redis Cluster's slot of a hash tag: CRC16 (XMODEM, as in the cluster specification) of its UTF-8 bytes, modulo
/// 16384. Used to choose partition tags; the client (StackExchange.Redis) does its own routing.
/// </summary>
internal static class ClusterSlot
{
    public const int Count = 16384;

    private static readonly ushort[] Table = BuildTable();

    public static int Of(string hashTag)
    {
        ushort crc = 0;
        foreach (var b in Encoding.UTF8.GetBytes(hashTag))
        {
            crc = (ushort)((crc << 8) ^ Table[((crc >> 8) ^ b) & 0xFF]);
        }

        return crc % Count;
    }

    private static ushort[] BuildTable()
    {
        var table = new ushort[256];
        for (var i = 0; i < 256; i++)
        {
            var crc = (ushort)(i << 8);
            for (var bit = 0; bit < 8; bit++)
            {
                crc = (crc & 0x8000) != 0 ? (ushort)((crc << 1) ^ 0x1021) : (ushort)(crc << 1);
            }

            table[i] = crc;
        }

        return table;
    }
}
