using System.Reflection;
using MultiStageBuild.Web.Components.Shared;

namespace MultiStageBuild.Web.Tests.Components;

public sealed class RendersOnChangeViewTests
{
    /// <summary>Every component that renders on change names what it shows in a record struct of its own, not a tuple or a bare value.</summary>
    [Fact]
    public void EveryViewIsANamedRecordStruct()
    {
        var components = typeof(RendersOnChange<>).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && t.BaseType is { IsGenericType: true } b && b.GetGenericTypeDefinition() == typeof(RendersOnChange<>))
            .ToList();

        Assert.NotEmpty(components);
        Assert.All(components, component =>
        {
            var view = component.BaseType!.GetGenericArguments()[0];
            Assert.True(view.DeclaringType == component, $"{component.Name} shows a {view.Name}, not a view type of its own");
            Assert.True(view.GetMethod("PrintMembers", BindingFlags.Instance | BindingFlags.NonPublic) is not null, $"{view.Name} is not a record");
        });
    }
}
