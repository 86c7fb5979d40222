namespace MultiStageBuild.Web.Components.Pages.Designer;

/// <summary>The views of the rendered prompt.</summary>
public enum PreviewTab
{
    Preview,
    Markdown,
    Stages,
    Differences,
}
