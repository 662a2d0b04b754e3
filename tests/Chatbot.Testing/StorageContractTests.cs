using Chatbot.Core.Ports;

namespace Chatbot.Testing;

/// <summary>
/// Bot Builder's storage contract, for every <see cref="IStorage"/>: derive, return a fresh storage from
/// <see cref="CreateStorage"/>, and all tests run against it. Each test uses its own keys.
/// </summary>
public abstract class StorageContractTests
{
    protected abstract IStorage CreateStorage();

    private static string NewKey(string name) => $"contract/{name}/{Guid.NewGuid():N}";

    [Fact]
    public async Task Created_item_can_be_read_back()
    {
        var storage = CreateStorage();
        var key = NewKey("create");
        await storage.WriteAsync(new Dictionary<string, object> { [key] = new StorageContractItem { Name = "Budi", Count = 1, Tags = ["a", "b"] } });

        var read = await storage.ReadAsync([key]);

        var item = Assert.IsType<StorageContractItem>(read[key]);
        Assert.Equal("Budi", item.Name);
        Assert.Equal(1, item.Count);
        Assert.Equal(["a", "b"], item.Tags);
        Assert.False(string.IsNullOrEmpty(item.ETag));
    }

    [Fact]
    public async Task Missing_key_is_omitted_from_a_read()
    {
        var storage = CreateStorage();
        var key = NewKey("present");
        await storage.WriteAsync(new Dictionary<string, object> { [key] = new StorageContractItem { Name = "here" } });

        var read = await storage.ReadAsync([key, NewKey("missing")]);

        Assert.Equal([key], read.Keys);
    }

    [Fact]
    public async Task Write_sets_a_new_etag_on_the_item_each_time()
    {
        var storage = CreateStorage();
        var key = NewKey("etag");
        var item = new StorageContractItem { Name = "one" };
        await storage.WriteAsync(new Dictionary<string, object> { [key] = item });
        var first = item.ETag;
        await storage.WriteAsync(new Dictionary<string, object> { [key] = item });

        Assert.False(string.IsNullOrEmpty(first));
        Assert.NotEqual(first, item.ETag);
        var read = (StorageContractItem)(await storage.ReadAsync([key]))[key];
        Assert.Equal(item.ETag, read.ETag);
    }

    [Fact]
    public async Task Update_with_the_current_etag_succeeds()
    {
        var storage = CreateStorage();
        var key = NewKey("update");
        await storage.WriteAsync(new Dictionary<string, object> { [key] = new StorageContractItem { Name = "before" } });
        var loaded = (StorageContractItem)(await storage.ReadAsync([key]))[key];

        loaded.Name = "after";
        await storage.WriteAsync(new Dictionary<string, object> { [key] = loaded });

        var read = (StorageContractItem)(await storage.ReadAsync([key]))[key];
        Assert.Equal("after", read.Name);
    }

    [Fact]
    public async Task Stale_etag_fails_and_keeps_the_stored_value()
    {
        var storage = CreateStorage();
        var key = NewKey("stale");
        await storage.WriteAsync(new Dictionary<string, object> { [key] = new StorageContractItem { Name = "v1" } });
        var first = (StorageContractItem)(await storage.ReadAsync([key]))[key];
        var second = (StorageContractItem)(await storage.ReadAsync([key]))[key];
        second.Name = "v2";
        await storage.WriteAsync(new Dictionary<string, object> { [key] = second });

        first.Name = "lost update";
        var error = await Assert.ThrowsAsync<ETagMismatchException>(() => storage.WriteAsync(new Dictionary<string, object> { [key] = first }));

        Assert.Equal(key, error.Key);
        var read = (StorageContractItem)(await storage.ReadAsync([key]))[key];
        Assert.Equal("v2", read.Name);
        Assert.Equal(second.ETag, read.ETag);
    }

    [Fact]
    public async Task Etag_of_a_missing_item_fails()
    {
        var storage = CreateStorage();
        var key = NewKey("ghost");

        await Assert.ThrowsAsync<ETagMismatchException>(() =>
            storage.WriteAsync(new Dictionary<string, object> { [key] = new StorageContractItem { Name = "x", ETag = "no-such-etag" } }));

        Assert.Empty(await storage.ReadAsync([key]));
    }

    [Fact]
    public async Task Star_etag_overwrites()
    {
        var storage = CreateStorage();
        var key = NewKey("star");
        await storage.WriteAsync(new Dictionary<string, object> { [key] = new StorageContractItem { Name = "v1" } });

        await storage.WriteAsync(new Dictionary<string, object> { [key] = new StorageContractItem { Name = "forced", ETag = "*" } });

        Assert.Equal("forced", ((StorageContractItem)(await storage.ReadAsync([key]))[key]).Name);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public async Task Null_or_empty_etag_overwrites(string? etag)
    {
        var storage = CreateStorage();
        var key = NewKey("blank");
        await storage.WriteAsync(new Dictionary<string, object> { [key] = new StorageContractItem { Name = "v1" } });

        await storage.WriteAsync(new Dictionary<string, object> { [key] = new StorageContractItem { Name = "v2", ETag = etag } });

        Assert.Equal("v2", ((StorageContractItem)(await storage.ReadAsync([key]))[key]).Name);
    }

    [Fact]
    public async Task Delete_removes_the_item_and_ignores_missing_keys()
    {
        var storage = CreateStorage();
        var key = NewKey("delete");
        await storage.WriteAsync(new Dictionary<string, object> { [key] = new StorageContractItem { Name = "bye" } });

        await storage.DeleteAsync([key, NewKey("never-there")]);

        Assert.Empty(await storage.ReadAsync([key]));
    }

    [Fact]
    public async Task Several_keys_are_written_and_read_in_one_call()
    {
        var storage = CreateStorage();
        var keys = Enumerable.Range(0, 3).Select(i => NewKey($"batch{i}")).ToArray();
        await storage.WriteAsync(keys.Select((k, i) => (k, i)).ToDictionary(p => p.k, p => (object)new StorageContractItem { Name = p.k, Count = p.i }));

        var read = await storage.ReadAsync(keys);

        Assert.Equal(3, read.Count);
        for (var i = 0; i < keys.Length; i++)
        {
            var item = (StorageContractItem)read[keys[i]];
            Assert.Equal(keys[i], item.Name);
            Assert.Equal(i, item.Count);
        }
    }

    [Fact]
    public async Task Read_returns_the_clr_type_that_was_written()
    {
        var storage = CreateStorage();
        var itemKey = NewKey("typed-item");
        var noteKey = NewKey("typed-note");
        var at = new DateTimeOffset(2025, 3, 4, 5, 6, 7, TimeSpan.FromHours(7));
        await storage.WriteAsync(new Dictionary<string, object>
        {
            [itemKey] = new StorageContractItem { Name = "nested", Note = new StorageContractNote { Text = "inner", At = at }, Extra = new StorageContractNote { Text = "as object", At = at } },
            [noteKey] = new StorageContractNote { Text = "plain", At = at },
        });

        var read = await storage.ReadAsync([itemKey, noteKey]);

        var item = Assert.IsType<StorageContractItem>(read[itemKey]);
        Assert.Equal("inner", item.Note?.Text);
        Assert.Equal(at, item.Note?.At);
        Assert.Equal(at.Offset, item.Note?.At.Offset);
        var extra = Assert.IsType<StorageContractNote>(item.Extra);
        Assert.Equal("as object", extra.Text);
        var note = Assert.IsType<StorageContractNote>(read[noteKey]);
        Assert.Equal("plain", note.Text);
    }

    [Fact]
    public async Task Concurrent_writers_with_the_same_etag_exactly_one_wins()
    {
        var storage = CreateStorage();
        var key = NewKey("race");
        var original = new StorageContractItem { Name = "start" };
        await storage.WriteAsync(new Dictionary<string, object> { [key] = original });
        var etag = original.ETag;

        var writers = Enumerable.Range(0, 10).Select(async i =>
        {
            await Task.Yield();
            try
            {
                await storage.WriteAsync(new Dictionary<string, object> { [key] = new StorageContractItem { Name = $"writer{i}", ETag = etag } });
                return $"writer{i}";
            }
            catch (ETagMismatchException)
            {
                return null;
            }
        });
        var winners = (await Task.WhenAll(writers)).Where(w => w is not null).ToList();

        var winner = Assert.Single(winners);
        Assert.Equal(winner, ((StorageContractItem)(await storage.ReadAsync([key]))[key]).Name);
    }
}
