using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using MultiStageBuild.Browser.Tests.Pages;
using MultiStageBuild.Core.Presets;
using MultiStageBuild.Web.Identity;
using static Microsoft.Playwright.Assertions;
using static MultiStageBuild.Browser.Tests.SignInTests;

namespace MultiStageBuild.Browser.Tests;

/// <summary>
/// Protected presets in Chromium with local accounts: an admin protects a preset on the presets page while an editor has
/// it open in the designer; the editor's save is refused with the reason, and the presets page disables the editor's
/// buttons and says why.
/// </summary>
public sealed class ProtectedPresetTests(SignInAppFixture app) : BrowserTest(app), IClassFixture<SignInAppFixture>
{
    private const string Name = "Release build";

    [Fact]
    public async Task AnAdminProtectsAPresetAndAnEditorsSaveIsRefusedWithTheReason()
    {
        var admin = await NewPageAsync(label: "admin");
        await admin.GotoAsync(new Uri(app.BaseAddress, "/account/setup").ToString());
        await FillAccountFormAsync(admin, "ada", "Create account");
        await Expect(admin.GetByTestId("signed-in-as")).ToContainTextAsync("ada (admin)");
        var preset = (await app.Services.GetRequiredService<IPresetRepository>()
            .CreateAsync(PresetBuilder.APreset(Name).Draft(), "ada", TestContext.Current.CancellationToken)).Preset!;

        var editor = await NewPageAsync(label: "editor");
        await editor.GotoAsync(await InvitationLinkAsync(AppRoles.Editor));
        await FillAccountFormAsync(editor, "eddie", "Create account");
        var designer = new DesignerPage(editor, app.BaseAddress);
        await designer.GotoAsync($"preset={preset.Id:N}");
        await Expect(editor.GetByTestId("update-preset")).ToBeVisibleAsync();

        var list = new PresetsListPage(admin, app.BaseAddress);
        await admin.GotoAsync(new Uri(app.BaseAddress, "/presets").ToString());
        await Expect(admin.Locator("[data-interactive='true']")).ToBeVisibleAsync();
        var protect = list.Row(Name).GetByRole(AriaRole.Button, new() { Name = $"Protect {Name}" });
        await Expect(protect).ToHaveAttributeAsync("aria-pressed", "false");
        await protect.ClickAsync();
        await Expect(protect).ToHaveAttributeAsync("aria-pressed", "true");
        await Expect(list.Row(Name).GetByTestId("protected-chip")).ToBeVisibleAsync();

        // The editor's designer still holds the version from before: the save reaches the store and is refused there.
        await designer.TypeSourceAsync("/srv/changed");
        await editor.GetByTestId("update-preset").ClickAsync();
        await Expect(designer.Snackbar($"'{Name}' is protected: only an admin can change")).ToBeVisibleAsync();
        Assert.Equal(PresetBuilder.APreset(Name).Draft().Arguments, (await app.Services.GetRequiredService<IPresetRepository>()
            .FindAsync(preset.Id, TestContext.Current.CancellationToken))!.Draft.Arguments);

        await designer.GotoAsync($"preset={preset.Id:N}");
        await Expect(editor.GetByTestId("protected-note")).ToContainTextAsync("Protected: only an admin can update it");
        await designer.TypeSourceAsync("/srv/changed");
        await Expect(editor.GetByTestId("update-preset")).ToBeDisabledAsync();

        var editorList = new PresetsListPage(editor, app.BaseAddress);
        await editor.GotoAsync(new Uri(app.BaseAddress, "/presets").ToString());
        await Expect(editor.Locator("[data-interactive='true']")).ToBeVisibleAsync();
        var row = editorList.Row(Name);
        await Expect(row.GetByTestId("protected-note")).ToHaveTextAsync("Protected: only an admin can change, trash or restore it.");
        var edit = row.GetByRole(AriaRole.Button, new() { Name = $"Edit {Name}" });
        await Expect(edit).ToBeDisabledAsync();
        await Expect(edit).ToHaveAccessibleDescriptionAsync("Protected: only an admin can change, trash or restore it.");
        await Expect(row.GetByRole(AriaRole.Button, new() { Name = $"Delete {Name}" })).ToBeDisabledAsync();
        await Expect(row.GetByRole(AriaRole.Button, new() { Name = $"Protect {Name}" })).ToHaveCountAsync(0);
    }

    private async Task<string> InvitationLinkAsync(string role)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var code = await scope.ServiceProvider.GetRequiredService<Accounts>().InviteAsync(role, "ada");
        return new Uri(app.BaseAddress, $"{AccountEndpoints.InvitationPath}/{code}").ToString();
    }
}
