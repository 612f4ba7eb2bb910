/// A seeded random source for the province generator (SplitMix64): the same seed gives the same province, byte for
/// byte, on every machine — `SystemRandomNumberGenerator` would not.
struct GeneratorRandom: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed &+ 0x9E37_79B9_7F4A_7C15 }

    /// An independent stream for one purpose (names, timelines, …), so that changing how one part draws does not
    /// shift every other part.
    func fork(_ salt: UInt64) -> GeneratorRandom {
        var copy = self
        return GeneratorRandom(seed: copy.next() ^ (salt &* 0xD1B5_4A32_D192_ED03))
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A whole number in `range` (both ends included).
    mutating func int(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &self) }

    /// A number in [0, 1).
    mutating func unit() -> Double { Double(next() >> 11) * 0x1.0p-53 }

    /// True with probability `p`.
    mutating func chance(_ p: Double) -> Bool { unit() < p }

    /// One element of a non-empty array.
    mutating func pick<T>(_ items: [T]) -> T { items[Int(next() % UInt64(items.count))] }

    /// An index drawn with the given weights (at least one positive).
    mutating func weighted(_ weights: [Double]) -> Int {
        let total = weights.reduce(0, +)
        var x = unit() * total
        for (i, w) in weights.enumerated() {
            if x < w { return i }
            x -= w
        }
        return weights.count - 1
    }

    /// One of `choices`, drawn by weight.
    mutating func weighted<T>(_ choices: [(T, Double)]) -> T { choices[weighted(choices.map(\.1))].0 }

    /// `count` distinct elements of `items` (all of them when there are fewer), in their original order.
    mutating func sample<T>(_ items: [T], count: Int) -> [T] {
        guard count < items.count else { return items }
        var indices = Array(items.indices)
        for i in 0..<count { indices.swapAt(i, int(i...(indices.count - 1))) }
        return indices.prefix(count).sorted().map { items[$0] }
    }
}

/// A table of items with cumulative weights, for drawing many times from the same large list (employers by size).
struct WeightedTable<T> {
    let items: [T]
    private let cumulative: [Double]

    init(_ items: [T], weight: (T) -> Double) {
        self.items = items
        var sum = 0.0
        cumulative = items.map {
            sum += max(0, weight($0))
            return sum
        }
    }

    func draw(_ random: inout GeneratorRandom) -> T {
        let x = random.unit() * (cumulative.last ?? 0)
        var low = 0
        var high = cumulative.count - 1
        while low < high {
            let mid = (low + high) / 2
            if cumulative[mid] > x { high = mid } else { low = mid + 1 }
        }
        return items[low]
    }
}
extension WeightedTable: Sendable where T: Sendable {}
