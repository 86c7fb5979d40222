using System.Net;
using System.Text;

namespace MultiStageBuild.Web.Identity;

/// <summary>
/// The sign-in, first-account and invitation pages: plain server-rendered forms, because a cookie can only be set by an
/// ordinary HTTP response, not by the interactive circuit.
/// </summary>
internal sealed class AccountPage
{
    private readonly List<string> _fields = [];
    private readonly List<(string Name, string Value)> _hidden = [];

    public required string Title { get; init; }

    public string? Intro { get; init; }

    public string? Error { get; init; }

    public required string Action { get; init; }

    public required string SubmitLabel { get; init; }

    public AccountPage Field(string name, string label, string type, string autocomplete, string value = "")
    {
        var id = "field-" + name.ToLowerInvariant();
        _fields.Add(
            $"""<p><label for="{id}">{E(label)}</label><br /><input id="{id}" name="{E(name)}" type="{type}" autocomplete="{autocomplete}" value="{E(value)}" required maxlength="256" style="width:100%;padding:.5rem;font:inherit" /></p>""");
        return this;
    }

    public AccountPage Hidden(string name, string? value)
    {
        if (value is not null)
        {
            _hidden.Add((name, value));
        }

        return this;
    }

    public IResult ToResult(int statusCode = StatusCodes.Status200OK)
    {
        var html = new StringBuilder();
        html.Append($"""
            <!DOCTYPE html>
            <html lang="en">
            <head><meta charset="utf-8" /><meta name="viewport" content="width=device-width, initial-scale=1.0" /><title>{E(Title)} · MultiStageBuild</title></head>
            <body style="font-family: system-ui, sans-serif; max-width: 28rem; margin: 4rem auto; padding: 0 1rem; line-height: 1.5">
            <main>
            <h1>{E(Title)}</h1>
            """);
        if (Intro is not null)
        {
            html.Append($"<p>{E(Intro)}</p>");
        }

        if (Error is not null)
        {
            html.Append($"""<p role="alert" data-testid="account-error" style="color:#b00020">{E(Error)}</p>""");
        }

        html.Append($"""<form method="post" action="{E(Action)}">""");
        foreach (var (name, value) in _hidden)
        {
            html.Append($"""<input type="hidden" name="{E(name)}" value="{E(value)}" />""");
        }

        foreach (var field in _fields)
        {
            html.Append(field);
        }

        html.Append($"""<p><button type="submit" style="padding:.5rem 1rem;font:inherit">{E(SubmitLabel)}</button></p></form></main></body></html>""");
        return Results.Content(html.ToString(), "text/html; charset=utf-8", Encoding.UTF8, statusCode);
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
