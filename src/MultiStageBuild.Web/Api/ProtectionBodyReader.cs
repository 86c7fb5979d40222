using System.Text.Json;

namespace MultiStageBuild.Web.Api;

/// <summary>Reads the body of <c>PUT /api/presets/{id}/protection</c>: <c>{"protected": true}</c> or <c>false</c>.</summary>
internal static class ProtectionBodyReader
{
    public const string Member = "protected";

    public static async Task<Parsed<bool>> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var body = await BoundedBody.ReadJsonAsync(request, "protection", cancellationToken);
        if (body.Problem is { } problem)
        {
            return Parsed<bool>.Failed(problem);
        }

        var errors = new FieldErrors();
        var value = false;
        if (body.Value.ValueKind != JsonValueKind.Object)
        {
            errors.Add("", $"The body must be a JSON object such as {{\"{Member}\": true}}.");
        }
        else
        {
            JsonInput.RefuseUnknownMembers(body.Value, "protection", [Member], "", errors);
            var member = JsonInput.Member(body.Value, Member);
            if (member.ValueKind is JsonValueKind.True or JsonValueKind.False)
            {
                value = member.GetBoolean();
            }
            else
            {
                errors.Add(Member, $"\"{Member}\" must be true (only an admin changes the preset) or false.");
            }
        }

        return Parsed<bool>.From(new(value, errors), "The protection is not valid");
    }
}
