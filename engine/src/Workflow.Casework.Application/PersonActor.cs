using Workflow.Casework;
using Workflow.Engine.Runtime.Commands;

namespace Workflow.Casework.Application;

/// <summary>A person of the organisation as the engine's actor: the posts, divisions and departments they hold, as a request carries them and as the message centre asks the engine's rule about them.</summary>
public static class PersonActor
{
    public static Actor Of(User person)
    {
        ArgumentNullException.ThrowIfNull(person);
        return Actor.User(
            person.Id,
            person.Posts.Select(p => p.PostCode).Distinct().ToList(),
            person.Posts.Select(p => p.DivisionCode).Distinct().ToList(),
            person.Posts.Where(p => p.DepartmentCode is not null).Select(p => p.DepartmentCode!).Distinct().ToList());
    }
}
