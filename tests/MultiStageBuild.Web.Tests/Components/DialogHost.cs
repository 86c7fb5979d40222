using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace MultiStageBuild.Web.Tests.Components;

/// <summary>A dialog shown the way the app shows it: through <see cref="IDialogService"/> into a rendered <see cref="MudDialogProvider"/>.</summary>
internal sealed class DialogHost(IRenderedComponent<MudDialogProvider> provider, IDialogReference reference)
{
    public IRenderedComponent<MudDialogProvider> Provider { get; } = provider;

    public IDialogReference Reference { get; } = reference;

    /// <summary>Whether the dialog is still on screen.</summary>
    public bool IsOpen => Provider.FindAll(".mud-dialog").Count > 0;

    public static async Task<DialogHost> ShowAsync<TDialog>(BunitContext context, DialogParameters<TDialog> parameters)
        where TDialog : Microsoft.AspNetCore.Components.IComponent
    {
        var provider = context.Render<MudDialogProvider>();
        var dialogs = context.Services.GetRequiredService<IDialogService>();
        IDialogReference? reference = null;
        await provider.InvokeAsync(async () => reference = await dialogs.ShowAsync<TDialog>("Dialog", parameters));
        provider.WaitForAssertion(() => Assert.NotEmpty(provider.FindAll(".mud-dialog")));
        return new DialogHost(provider, reference!);
    }

    public void Click(string testId) => Provider.Find($"[data-testid='{testId}']").Click();

    /// <summary>The whole MudBlazor input around <c>#<paramref name="inputId"/></c>: label, input and helper or error text.</summary>
    public AngleSharp.Dom.IElement Field(string inputId) => Provider.Find($"#{inputId}").Closest(".mud-input-control")!;

    /// <summary>The dialog's result once it closed; fails if it is still open after a few seconds.</summary>
    public async Task<DialogResult> ResultAsync()
    {
        var result = await Reference.Result.WaitAsync(TimeSpan.FromSeconds(5), Xunit.TestContext.Current.CancellationToken);
        return result!;
    }
}
