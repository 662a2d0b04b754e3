using System.Collections.Concurrent;
using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Chatbot.Testing;

/// <summary>
/// Every process a test starts, so that none outlives it: <see cref="Dispose"/> kills what is still running
/// (the whole tree), and a process-exit hook kills anything a crashed test left behind.
/// </summary>
public sealed class ProcessRegistry : IDisposable
{
    private const int SigTerm = 15;

    private static readonly ConcurrentDictionary<Process, byte> Everything = new();

    private readonly ConcurrentDictionary<Process, byte> mine = new();

    static ProcessRegistry()
    {
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            foreach (var process in Everything.Keys) KillQuietly(process);
        };
    }

    public Process Start(ProcessStartInfo start)
    {
        var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {start.FileName}.");
        mine[process] = 0;
        Everything[process] = 0;
        return process;
    }

    /// <summary>SIGKILL to the process and its children, then waits for it (bounded).</summary>
    public static void Kill(Process process)
    {
        KillQuietly(process);
        try
        {
            process.WaitForExit(TimeSpan.FromSeconds(10));
        }
        catch (InvalidOperationException)
        {
            // Already reaped and disposed by the registry.
        }
    }

    /// <summary>SIGTERM (a clean shutdown), then SIGKILL if it has not exited within <paramref name="grace"/>.</summary>
    public static async Task TerminateAsync(Process process, TimeSpan grace)
    {
        if (process.HasExited) return;
        if (SendSignal(process.Id, SigTerm) != 0)
        {
            Kill(process);
            return;
        }

        using var timeout = new CancellationTokenSource(grace);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            Kill(process);
        }
    }

    public void Dispose()
    {
        foreach (var process in mine.Keys)
        {
            KillQuietly(process);
            try
            {
                process.WaitForExit(TimeSpan.FromSeconds(10));
            }
            catch (InvalidOperationException)
            {
                // Never started or already disposed.
            }

            Everything.TryRemove(process, out _);
            process.Dispose();
        }

        mine.Clear();
    }

    private static void KillQuietly(Process process)
    {
        try
        {
            if (!process.HasExited) process.Kill(entireProcessTree: true);
        }
        catch (Exception ex) when (ex is InvalidOperationException or System.ComponentModel.Win32Exception or NotSupportedException)
        {
            // Already gone.
        }
    }

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int SendSignal(int pid, int signal);
}
