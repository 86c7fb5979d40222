using System.Runtime.CompilerServices;
using Bunit;

namespace MultiStageBuild.Web.Tests.Components;

/// <summary>
/// bUnit's waits end when their assertion passes; their timeout is only a hang guard, generous because a busy machine
/// can take longer than bUnit's default second to run the store's queries.
/// </summary>
internal static class WaitTimeout
{
    [ModuleInitializer]
    internal static void Initialize() => BunitContext.DefaultWaitTimeout = TimeSpan.FromSeconds(30);
}
