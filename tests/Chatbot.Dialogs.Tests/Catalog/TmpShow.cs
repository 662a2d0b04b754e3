namespace Chatbot.Dialogs.Tests.Catalog;
public sealed class TmpShow
{
    [Fact]
    public void Show()
    {
        try { Chatbot.Dialogs.Catalog.DialogCatalog.Load("/tmp/dlgdemo/dialogs"); }
        catch (Exception e) { File.WriteAllText("/tmp/dlgdemo/out.txt", e.Message + "\n----\n" + e.GetType()); }
    }
}
