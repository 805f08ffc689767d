using CsCheck;
using Workflow.Engine.Runtime.Events;
using Xunit.Abstractions;

namespace Workflow.Engine.Tests.Runtime.ModelBased;

/// <summary>
/// The safety net under 退回, 撤回, 会签, 加签, 抄送 and timers meeting one another: random sequences of every approval
/// operation (each also with wrong actors, closed tasks and reused request keys) on generated definitions (single
/// tasks at each level, every multi-signer mode, 村→乡镇 chains), run on the in-memory and the SQLite store in lockstep
/// with the invariants of <see cref="ModelRun"/> checked after every step. Each CI run tries a fixed budget of cases: the
/// first from <see cref="Seed"/>, the rest new ones (CsCheck seeds only the first), so runs keep exploring; a failing
/// case prints its seed, which is then kept below as a regression test.
/// </summary>
public sealed class ApprovalModelTests(ITestOutputHelper output)
{
    /// <summary>Generated cases per CI run.</summary>
    private const int Budget = 200;

    /// <summary>Races per CI run.</summary>
    private const int RaceBudget = 100;

    /// <summary>The seed of each run's first case; a failure prints the seed of the failing case.</summary>
    private const string Seed = "0000000000001";

    private static readonly Gen<ModelStep> Step = Gen.Frequency(
        (3, Gen.OneOf("village", "township", "district").Select(level => new ModelStep(ModelStep.Single, level))),
        (3, Gen.Select(Gen.OneOf(SignModes.Countersign, SignModes.Anysign, SignModes.Vote, SignModes.Sequential), Gen.OneOf("township", "district"),
            (mode, level) => new ModelStep(ModelStep.Signed, level, mode))),
        (1, Gen.Const(new ModelStep(ModelStep.Chain, "village"))));

    private static readonly Gen<ModelOperation> Operation = Gen.Select(
        Gen.Frequency((6, Gen.Const(ModelOp.Decide)), (4, Gen.Enum<ModelOp>())),
        Gen.Int[0, 7], Gen.Int[0, 19], Gen.Int[0, 19], Gen.Int[0, 7], Gen.Frequency((6, Gen.Const(0)), (2, Gen.Const(1)), (2, Gen.Int[2, 9])),
        (op, task, actor, target, outcome, key) => new ModelOperation(op, task, actor, target, outcome, key));

    private static readonly Gen<(ModelFlow Flow, ModelOperation[] Operations)> Case =
        Gen.Select(Step.List[1, 3].Select(steps => new ModelFlow(steps)), Operation.Array[5, 40]);

    [Fact]
    public async Task RandomOperationSequences_KeepEveryInvariant_OnBothStores()
    {
        var steps = 0;
        var accepted = 0;
        var outcomes = new Dictionary<string, int>(StringComparer.Ordinal);
        await Case.SampleAsync(async c =>
        {
            var run = await RunAsync(c.Flow, c.Operations);
            steps += c.Operations.Length;
            accepted += run.Accepted;
            foreach (var (outcome, count) in run.Outcomes)
            {
                outcomes[outcome] = outcomes.GetValueOrDefault(outcome) + count;
            }
        }, seed: Seed, iter: Budget, threads: 1, print: c => $"{c.Flow}: {string.Join("; ", c.Operations.Select(o => o.ToString()))}");
        output.WriteLine($"{Budget} sequences, {steps} steps, {accepted} accepted");
        output.WriteLine(string.Join("\n", outcomes.OrderBy(o => o.Key, StringComparer.Ordinal).Select(o => $"  {o.Key}: {o.Value}")));
        Assert.True(accepted > Budget, $"only {accepted} commands were accepted: the generator hardly reaches the engine");
    }

    /// <summary>
    /// Seeds kept from failures. Each replays one generated case (<c>-e CsCheck_Seed=…</c> replays it by hand). These
    /// four failed while the model itself was being written (a key reused by another caller, a key of a refused command,
    /// claims on a multi-signer step); a seed that finds an engine defect is added here with the fix.
    /// </summary>
    [Theory]
    [InlineData("7HGxE_S_svA1")]
    [InlineData("aZkux4XoqFa1")]
    [InlineData("2qlW5c8GqFI1")]
    [InlineData("eCMDKlPzVNw2")]
    public async Task KeptSeeds_KeepEveryInvariant(string seed) =>
        await Case.SampleAsync(async c => await RunAsync(c.Flow, c.Operations), seed: seed, iter: 1, threads: 1);

    [Fact]
    public async Task ConflictingCommandsAtOnce_OnTwoHosts_ExactlyOneWins()
    {
        var races = 0;
        // The race is for one person's step (a single task or a chain's first level): on a multi-signer step two signers'
        // answers do not conflict.
        var single = Gen.Frequency((3, Gen.OneOf("township", "district").Select(level => new ModelStep(ModelStep.Single, level))),
            (1, Gen.Const(new ModelStep(ModelStep.Chain, "village"))));
        var gen = Gen.Select(single.List[1, 2].Select(steps => new ModelFlow(steps)), Gen.OneOf(ModelRace.Pairs.ToArray()), Gen.Int[0, 9], Gen.Int[0, 9]);
        await gen.SampleAsync(async (flow, pair, a, b) =>
        {
            var (won, lost) = await ModelRace.RunAsync(flow, pair, a, b);
            if (won + lost > 0)
            {
                races++;
                Assert.True(won == 1, $"{pair} on {flow}: {won} of 2 won");
            }
        }, seed: Seed, iter: RaceBudget, threads: 1, print: t => $"{t.Item1} {t.Item2} {t.Item3} {t.Item4}");
        output.WriteLine($"{RaceBudget} races generated, {races} run on a step with two people who may act");
        Assert.True(races > RaceBudget / 4, $"only {races} races found two people to race");
    }

    private static async Task<ModelRun> RunAsync(ModelFlow flow, IReadOnlyList<ModelOperation> operations)
    {
        var run = new ModelRun();
        try
        {
            await run.StartAsync(flow);
            foreach (var operation in operations)
            {
                await run.StepAsync(operation);
            }
            return run;
        }
        finally
        {
            await run.DisposeAsync();
        }
    }
}
