namespace MultiStageBuild.Web.Api;

/// <summary>What <c>GET /api/presets</c> returns: one page and the total that matched.</summary>
public sealed record PresetListResponse(IReadOnlyList<PresetResponse> Items, int Total, int Page, int PageSize)
{
    public static PresetListResponse From(PresetPage page) =>
        new([.. page.Items.Select(PresetResponse.From)], page.Total, page.Page, page.PageSize);
}
