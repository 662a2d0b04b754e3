// Each fault test runs several real processes on a small machine: one test at a time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
