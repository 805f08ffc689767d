using Workflow.Engine.Persistence.Dialects;
using Workflow.Engine.Persistence.Schema;

namespace Workflow.Engine.Persistence.Tests;

/// <summary>The migration scripts each dialect embeds.</summary>
public sealed class MigrationScriptsTests
{
    /// <summary>Each store keeps its scripts beside it; the runner must still see every one, under its own number and name.</summary>
    [Theory]
    [InlineData("sqlite", "0001_initial 0002_task_users 0003_casework 0004_accounts 0005_definitions 0006_checks 0007_clustered_tables 0008_account_security 0009_audit_by_actor 0010_dead_letters 0011_casework_audit_chain 0012_instance_scope 0013_audit_seals 0014_benefits_ledger 0015_inbound_messages 0016_inbound_ticket_number 0017_messages 0018_deputies 0019_phrases 0020_intake_drafts 0021_task_audience 0022_case_attachments 0023_instance_applicant")]
    [InlineData("postgres", "0001_initial 0002_task_users 0003_casework 0004_accounts 0005_definitions 0006_checks 0008_account_security 0009_audit_by_actor 0010_dead_letters 0011_casework_audit_chain 0012_instance_scope 0013_audit_seals 0014_benefits_ledger 0015_inbound_messages 0016_inbound_ticket_number 0017_messages 0018_deputies 0019_phrases 0020_intake_drafts 0021_task_audience 0022_case_attachments 0023_instance_applicant")]
    [InlineData("sqlserver", "0001_initial 0002_task_users 0003_casework 0004_accounts 0005_definitions 0006_checks 0008_account_security 0009_audit_by_actor 0010_dead_letters 0011_casework_audit_chain 0012_instance_scope 0013_audit_seals 0014_benefits_ledger 0015_inbound_messages 0016_inbound_ticket_number 0017_messages 0018_deputies 0019_phrases 0020_intake_drafts 0021_task_audience 0022_case_attachments 0023_instance_applicant")]
    public void For_FindsEveryScriptOfTheDialect_WhereverItsStoreKeepsIt(string dialectName, string expected)
    {
        var dialect = new SqlDialect[] { SqliteDialect.Instance, PostgresDialect.Instance, SqlServerDialect.Instance }.Single(d => d.Name == dialectName);

        var found = MigrationScripts.For(dialect).Select(m => $"{m.Version:D4}_{m.Name}");

        Assert.Equal(expected.Split(' '), found);
    }

    [Fact]
    public void Migration5_ExistsForEveryDialect()
    {
        foreach (SqlDialect dialect in new SqlDialect[] { SqliteDialect.Instance, PostgresDialect.Instance, SqlServerDialect.Instance })
        {
            Assert.Contains(MigrationScripts.For(dialect), m => m.Version == 5 && m.Script.Contains("wf_definition_documents", StringComparison.Ordinal));
        }
    }
}
