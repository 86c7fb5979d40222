using AngleSharp.Dom;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using MudBlazor;
using MultiStageBuild.Web.Components.Shared;

namespace MultiStageBuild.Web.Tests.Components;

/// <summary>
/// The classes the app writes in plain markup, against the real MudBlazor components they imitate: an upgrade that
/// renames a class fails here instead of changing the look.
/// </summary>
public sealed class MudClassesParityTests : BunitContext
{
    private static readonly EventCallback<MouseEventArgs> Click = EventCallback.Factory.Create<MouseEventArgs>(new object(), () => { });

    public MudClassesParityTests() => this.AddTestServices();

    [Fact]
    public void ButtonsAreMudButtons()
    {
        var filled = Render<MudButton>(p => p.Add(b => b.Variant, Variant.Filled).Add(b => b.Color, Color.Primary).Add(b => b.StartIcon, Icons.Material.Filled.ContentCopy));
        AssertClasses(MudClasses.ButtonFilledPrimary, filled.Find("button"));
        AssertClasses(MudClasses.ButtonLabel, filled.Find("button > span"));
        AssertClasses(MudClasses.ButtonStartIcon, filled.Find("button > span > span"));
        AssertClasses(MudClasses.IconMedium, filled.Find("svg"));

        AssertClasses(MudClasses.ButtonOutlined, Render<MudButton>(p => p.Add(b => b.Variant, Variant.Outlined)).Find("button"));
        AssertClasses(MudClasses.ButtonTextInherit, Render<MudButton>(p => p.Add(b => b.Variant, Variant.Text).Add(b => b.Color, Color.Inherit).Add(b => b.Href, "/presets")).Find("a"));
        var small = Render<MudButton>(p => p.Add(b => b.Variant, Variant.Text).Add(b => b.Color, Color.Primary).Add(b => b.Size, Size.Small).Add(b => b.StartIcon, Icons.Material.Outlined.FactCheck));
        AssertClasses(MudClasses.ButtonTextPrimarySmall, small.Find("button"));
        AssertClasses(MudClasses.ButtonStartIconSmall, small.Find("button > span > span"));
        AssertClasses(MudClasses.IconSmall, small.Find("svg"));
    }

    [Fact]
    public void IconButtonsAndIconsAreMudIconButtonsAndIcons()
    {
        var iconButton = Render<MudIconButton>(p => p.Add(b => b.Icon, Icons.Material.Filled.Menu).Add(b => b.Color, Color.Inherit));
        AssertClasses(MudClasses.IconButtonInherit, iconButton.Find("button"));
        AssertClasses(MudClasses.IconButtonLabel, iconButton.Find("button > span"));

        AssertClasses(MudClasses.IconMedium, Render<MudIcon>(p => p.Add(i => i.Icon, Icons.Material.Filled.Menu)).Find("svg"));
        AssertClasses(MudClasses.IconSmall, Render<MudIcon>(p => p.Add(i => i.Icon, Icons.Material.Filled.Menu).Add(i => i.Size, Size.Small)).Find("svg"));
        AssertClasses(MudClasses.IconSmallWarning, Render<MudIcon>(p => p.Add(i => i.Icon, Icons.Material.Filled.Menu).Add(i => i.Size, Size.Small).Add(i => i.Color, Color.Warning)).Find("svg"));
    }

    [Theory]
    [InlineData(false, false)]
    [InlineData(false, true)]
    [InlineData(true, false)]
    [InlineData(true, true)]
    public void ChipsAreMudChipsInAChipSet(bool text, bool selected)
    {
        var set = Render<MudChipSet<string>>(p => p
            .Add(s => s.SelectionMode, SelectionMode.SingleSelection)
            .Add(s => s.SelectedValue, selected ? "chip" : "other")
            .AddChildContent<MudChip<string>>(chip => chip
                .Add(c => c.Value, "chip").Add(c => c.Text, "Chip").Add(c => c.Size, Size.Small)
                .Add(c => c.Variant, text ? Variant.Text : Variant.Outlined).Add(c => c.Color, text ? Color.Secondary : Color.Primary)));

        AssertClasses(MudClasses.Chip(text, selected), set.Find("button"));
        AssertClasses(MudClasses.ChipContent, set.Find("button > span"));
    }

    [Fact]
    public void TypographyAndPaperAreMudTextAndMudPaper()
    {
        AssertClasses(MudClasses.TypographyH5, Render<MudText>(p => p.Add(t => t.Typo, Typo.h5)).Find(".mud-typography"));
        AssertClasses(MudClasses.TypographyH6, Render<MudText>(p => p.Add(t => t.Typo, Typo.h6)).Find(".mud-typography"));
        AssertClasses(MudClasses.TypographyBody1, Render<MudText>(p => p.Add(t => t.Typo, Typo.body1)).Find(".mud-typography"));
        AssertClasses(MudClasses.TypographyBody2, Render<MudText>(p => p.Add(t => t.Typo, Typo.body2)).Find(".mud-typography"));
        AssertClasses(MudClasses.TypographyCaption, Render<MudText>(p => p.Add(t => t.Typo, Typo.caption)).Find(".mud-typography"));
        AssertClasses(MudClasses.TypographySubtitle2, Render<MudText>(p => p.Add(t => t.Typo, Typo.subtitle2)).Find(".mud-typography"));
        AssertClasses(MudClasses.PaperOutlined, Render<MudPaper>(p => p.Add(x => x.Outlined, true)).Find("div"));
    }

    [Fact]
    public void ShellIsMudLayoutAppBarAndContainer()
    {
        var appBar = Render<MudAppBar>(p => p.Add(a => a.Dense, true).Add(a => a.Elevation, 1));
        AssertClasses(MudClasses.AppBarDense, appBar.Find("header"));
        AssertClasses(MudClasses.AppBarToolbar, appBar.Find("header > div"));

        var layout = Render<MudLayout>(p => p.AddChildContent<MudMainContent>(main => main
            .AddChildContent<MudContainer>(container => container.Add(c => c.MaxWidth, MaxWidth.ExtraExtraLarge))));
        AssertClasses(MudClasses.Layout, layout.Find("div"));
        AssertClasses(MudClasses.MainContent, layout.Find("div > div"));
        AssertClasses(MudClasses.ContainerExtraExtraLarge, layout.Find("div > div > div"));
    }

    [Theory]
    [InlineData(false, false, false)]
    [InlineData(false, false, true)]
    [InlineData(false, true, false)]
    [InlineData(true, false, false)]
    [InlineData(true, true, true)]
    public void OutlinedInputIsAnOutlinedDenseMudTextField(bool adornedEnd, bool disabled, bool error)
    {
        var field = Render<MudTextField<string>>(p =>
        {
            p.Add(f => f.Variant, Variant.Outlined).Add(f => f.Margin, Margin.Dense).Add(f => f.Label, "source").Add(f => f.HelperText, "help")
                .Add(f => f.Value, "/srv/app").Add(f => f.Disabled, disabled).Add(f => f.Error, error).Add(f => f.ErrorText, "wrong");
            if (adornedEnd)
            {
                p.Add(f => f.Adornment, Adornment.End).Add(f => f.AdornmentIcon, Icons.Material.Filled.SettingsBackupRestore).Add(f => f.OnAdornmentClick, Click);
            }
        });

        AssertClasses(MudClasses.OutlinedInput.Control(error), field.Find(".mud-input-control"));
        AssertClasses(MudClasses.OutlinedInput.ContainerInner, field.Find(".mud-input-control > div"));
        AssertClasses(MudClasses.OutlinedInput.Input(adornedEnd, disabled, error), field.Find(".mud-input-control > div > div"));
        AssertClasses(MudClasses.OutlinedInput.Slot(adornedEnd), field.Find("input"));
        AssertClasses(MudClasses.OutlinedInput.Border, field.Find("fieldset"));
        AssertClasses(MudClasses.OutlinedInput.Label(disabled, error), field.Find("label"));
        AssertClasses(MudClasses.OutlinedInput.HelperContainer, field.Find(".mud-input-control > div:last-child"));
        AssertClasses(MudClasses.OutlinedInput.Helper(error), field.Find(".mud-input-control > div:last-child > div"));
        if (adornedEnd)
        {
            AssertClasses(MudClasses.OutlinedInput.AdornmentEnd, field.Find("input ~ div:not([style])"));
            AssertClasses(MudClasses.OutlinedInput.AdornmentIconButton, field.Find("input ~ div:not([style]) > button"));
        }
    }

    private static void AssertClasses(string ours, IElement real) =>
        Assert.Equal(string.Join(' ', real.ClassList.Order(StringComparer.Ordinal)), string.Join(' ', ours.Split(' ', StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal)));
}
