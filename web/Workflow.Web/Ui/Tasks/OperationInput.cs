namespace Workflow.Web.Ui.Tasks;

/// <summary>The fields of the task page's operation forms; each form posts the ones its operation needs.</summary>
public sealed class OperationInput
{
    public string? Op { get; set; }

    public string? UserId { get; set; }

    public List<string> UserIds { get; set; } = [];

    public string? Reason { get; set; }

    /// <summary>补正: one missing item per line.</summary>
    public string? Missing { get; set; }

    public int? AutoCloseDays { get; set; }

    public List<string> Supplied { get; set; } = [];

    /// <summary>民主评议: attendees separated by commas or new lines.</summary>
    public string? Attendees { get; set; }

    public int VotesFor { get; set; }

    public int VotesAgainst { get; set; }

    public int Abstentions { get; set; }

    public static IReadOnlyList<string> Lines(string? text) =>
        (text ?? "").Split(['\n', '\r', ',', '，', '、'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
