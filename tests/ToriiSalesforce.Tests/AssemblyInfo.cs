// The current connection is process-wide (as in Connect-MgGraph): tests that connect must not overlap.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
