using Chatbot.Core.Identity;
using Chatbot.Dialogs.Storage;
using Chatbot.Testing;

namespace Chatbot.Dialogs.Tests.Storage;

public class MemoryStorageTests
{
    [Fact]
    public async Task Changing_a_written_or_read_object_does_not_change_what_is_stored()
    {
        var storage = new MemoryStorage();
        var item = new StorageContractItem { Name = "asli", Tags = ["a"] };
        await storage.WriteAsync(new Dictionary<string, object> { ["k"] = item });

        item.Tags.Add("diubah");
        var read = (StorageContractItem)(await storage.ReadAsync(["k"]))["k"];
        read.Name = "diubah juga";

        var again = (StorageContractItem)(await storage.ReadAsync(["k"]))["k"];
        Assert.Equal("asli", again.Name);
        Assert.Equal(["a"], again.Tags);
        Assert.NotSame(read, again);
    }

    [Fact]
    public async Task A_batch_with_one_stale_item_writes_nothing()
    {
        var storage = new MemoryStorage();
        await storage.WriteAsync(new Dictionary<string, object> { ["a"] = new StorageContractItem { Name = "a1" } });

        await Assert.ThrowsAsync<Core.Ports.ETagMismatchException>(() => storage.WriteAsync(new Dictionary<string, object>
        {
            ["b"] = new StorageContractItem { Name = "b1" },
            ["a"] = new StorageContractItem { Name = "a2", ETag = "stale" },
        }));

        Assert.Empty(await storage.ReadAsync(["b"]));
        Assert.Equal("a1", ((StorageContractItem)(await storage.ReadAsync(["a"]))["a"]).Name);
    }

    [Fact]
    public async Task Plain_values_and_dialog_state_come_back_typed()
    {
        var storage = new MemoryStorage();
        var state = new DialogState([new DialogInstance("d") { State = { ["nik"] = Nik.Parse("3672011708850001", new DateOnly(2024, 8, 20)), ["n"] = 3 } }]);
        await storage.WriteAsync(new Dictionary<string, object> { ["s"] = state, ["text"] = "halo", ["date"] = new DateOnly(2024, 8, 17) });

        var read = await storage.ReadAsync(["s", "text", "date"]);

        var back = Assert.IsType<DialogState>(read["s"]);
        Assert.IsType<Nik>(back.DialogStack[0].State["nik"]);
        Assert.Equal(3, back.DialogStack[0].State["n"]);
        Assert.Equal("halo", read["text"]);
        Assert.Equal(new DateOnly(2024, 8, 17), read["date"]);
    }
}
