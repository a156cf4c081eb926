using System.Runtime.InteropServices;
using ToriiSalesforce.Engine.Auth;
using ToriiSalesforce.Engine.SavedConnections;

namespace ToriiSalesforce.Engine.Tests.Unit;

public sealed class SavedConnectionStoreTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "torii-store-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_dir)) Directory.Delete(_dir, recursive: true);
    }

    private static SavedConnection Sample(string name = "nightly") => new()
    {
        Name = name,
        Flow = AuthFlow.RefreshToken,
        LoginUrl = new Uri("https://acme.my.salesforce.com"),
        ClientId = "3MVG9consumerkey",
        Mode = ConnectionMode.ReadOnly,
        SavedAt = DateTimeOffset.UtcNow,
        OrgId = "00D5j00000DgAYGEA3",
        ConnectedAs = "admin@acme.com",
        RefreshToken = new Secret("5Aep861refreshSECRET"),
        ClientSecret = new Secret("clientSECRET123"),
    };

    [Fact]
    public void Round_trips_every_setting_and_secret()
    {
        var store = new SavedConnectionStore(_dir);
        store.Save(Sample());

        var loaded = store.Load("nightly");
        Assert.Equal(AuthFlow.RefreshToken, loaded.Flow);
        Assert.Equal("https://acme.my.salesforce.com/", loaded.LoginUrl.ToString());
        Assert.Equal("3MVG9consumerkey", loaded.ClientId);
        Assert.True(loaded.RefreshToken!.Matches(new Secret("5Aep861refreshSECRET")));
        Assert.True(loaded.ClientSecret!.Matches(new Secret("clientSECRET123")));
        Assert.Equal("admin@acme.com", loaded.ConnectedAs);
        Assert.Single(store.List());
    }

    [Fact]
    public void File_is_readable_only_by_its_owner_and_holds_no_access_token()
    {
        if (RuntimeInformation.IsOSPlatform(OSPlatform.Windows)) return; // DPAPI there; modes do not apply
        var store = new SavedConnectionStore(_dir);
        store.Save(Sample());

        var path = store.PathOf("nightly");
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(_dir));
        var text = File.ReadAllText(path);
        Assert.DoesNotContain("access_token", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("accessToken", text);
        Assert.Contains("0600", text); // says how it is protected
    }

    [Fact]
    public void Rotated_refresh_token_replaces_the_old_one_atomically()
    {
        var store = new SavedConnectionStore(_dir);
        store.Save(Sample());
        store.UpdateRefreshToken("nightly", new Secret("5Aep861ROTATED"));

        var loaded = store.Load("nightly");
        Assert.True(loaded.RefreshToken!.Matches(new Secret("5Aep861ROTATED")));
        Assert.DoesNotContain("5Aep861refreshSECRET", File.ReadAllText(store.PathOf("nightly")));
        Assert.Empty(Directory.GetFiles(_dir, "*.tmp"));
    }

    [Fact]
    public void An_access_token_connection_cannot_be_saved()
    {
        var store = new SavedConnectionStore(_dir);
        var ex = Assert.Throws<ArgumentException>(() => store.Save(new SavedConnection { Name = "x", Flow = AuthFlow.AccessToken }));
        Assert.Contains("cannot be saved", ex.Message);
        Assert.False(Directory.Exists(_dir) && Directory.GetFiles(_dir).Length > 0);
    }

    [Theory]
    [InlineData("../escape")]
    [InlineData("")]
    [InlineData("has space")]
    public void Names_that_could_leave_the_folder_are_refused(string name)
    {
        var store = new SavedConnectionStore(_dir);
        Assert.Throws<ArgumentException>(() => store.PathOf(name));
    }

    [Fact]
    public void Missing_connection_says_how_to_create_one_and_remove_reports_absence()
    {
        var store = new SavedConnectionStore(_dir);
        var ex = Assert.Throws<ArgumentException>(() => store.Load("nope"));
        Assert.Contains("-SaveAs nope", ex.Message);
        Assert.False(store.Remove("nope"));
        store.Save(Sample("nope"));
        Assert.True(store.Remove("nope"));
    }
}
