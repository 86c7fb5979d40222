using System.Text.Json.Serialization;

namespace MultiStageBuild.Web.Api;

/// <summary>What the API's JSON adds to the web defaults: every enum it writes or reads is its name, never a number.</summary>
public static class ApiJson
{
    public static IServiceCollection AddApiJson(this IServiceCollection services) =>
        services.ConfigureHttpJsonOptions(options => options.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
}
