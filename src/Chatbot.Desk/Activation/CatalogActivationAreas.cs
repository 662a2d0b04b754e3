using Chatbot.Core.Activation;
using Chatbot.Dialogs.Catalog;

namespace Chatbot.Desk.Activation;

/// <summary>The areas of dialogs/ikd.json as the dialog catalogue loaded and checked them.</summary>
public sealed class CatalogActivationAreas(DialogCatalog catalog) : IActivationAreas
{
    public IReadOnlyList<AreaTarget> All => catalog.Activation.Areas;

    public int DefaultPeoplePerOfficer => catalog.Activation.PeoplePerOfficer;

    public AreaTarget? Find(string? id) => catalog.Activation.Area(id);
}
