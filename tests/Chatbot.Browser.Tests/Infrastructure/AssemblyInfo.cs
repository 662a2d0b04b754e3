// One service, one browser, one Redis for the whole assembly: the tests run one after another (2 cores).
[assembly: CollectionBehavior(DisableTestParallelization = true)]
