// Integration test classes run one after another: each starts real host processes against shared servers, and two
// cores are not enough to run them side by side without starving one another's timing.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
