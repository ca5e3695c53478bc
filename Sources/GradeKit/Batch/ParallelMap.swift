import Dispatch

/// Runs `body` for every index in `0..<count` on up to `jobs` threads and returns the results
/// in index order. Each thread takes the next index as soon as it is free, so one slow item
/// does not hold up a share of the others.
func parallelMap<Result>(count: Int, jobs: Int, _ body: @Sendable (Int) -> Result) -> [Result] {
    let results = LockedBox([Result?](repeating: nil, count: count))
    let next = LockedBox(0)
    DispatchQueue.concurrentPerform(iterations: min(jobs, max(1, count))) { _ in
        while true {
            let index = next.with { value -> Int in
                defer { value += 1 }
                return value
            }
            guard index < count else { return }
            let result = body(index)
            results.with { $0[index] = result }
        }
    }
    return results.with { $0 }.compactMap { $0 }
}
