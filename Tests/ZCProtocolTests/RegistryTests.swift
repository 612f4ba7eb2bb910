import Testing
import ZCProtocol

/// Every method is listed once, sorted, well named, and has its sample and its two fixtures.
@Suite struct RegistryTests {
    private var methods: [String] { MethodRegistry.all.map { $0.method } }

    @Test func namesAreUniqueAndSorted() {
        #expect(Set(methods).count == methods.count, "a method name is registered twice")
        #expect(methods == methods.sorted(), "MethodRegistry.all is not sorted by name")
    }

    @Test func namesAreFamilyDotVerb() {
        for method in methods {
            #expect(method.wholeMatch(of: /[a-z]+\.[a-zA-Z]+/) != nil, "\(method) is not family.verb")
        }
    }

    @Test func everyMethodHasASummaryAndSomeoneWhoMayCallIt() {
        for type in MethodRegistry.all {
            #expect(!type.summary.isEmpty, "\(type.method) has no summary")
            #expect(!type.access.roles.isEmpty, "nobody may call \(type.method)")
        }
    }

    @Test func typeNamedFindsEveryMethod() {
        for type in MethodRegistry.all {
            #expect(MethodRegistry.type(named: type.method).map { $0.method } == type.method)
        }
        #expect(MethodRegistry.type(named: "rpc.nothing") == nil)
    }

    @Test func everyMethodHasASampleAndNoSampleIsAStray() {
        #expect(Samples.list.count == Samples.byMethod.count, "Samples.list has a method twice")
        let missing = Set(methods).subtracting(Samples.byMethod.keys)
        let stray = Set(Samples.byMethod.keys).subtracting(methods)
        #expect(missing.isEmpty, "methods without a sample in Samples.swift: \(missing.sorted())")
        #expect(stray.isEmpty, "samples of methods that are not registered: \(stray.sorted())")
    }

    @Test func everyMethodHasAGoldenPairAndNoFixtureIsAStray() {
        guard !GoldenFiles.updating else { return }
        let files = GoldenFiles.names()
        for method in methods {
            #expect(files.contains(method + ".params"), "missing Golden/\(method).params.json")
            #expect(files.contains(method + ".result"), "missing Golden/\(method).result.json")
        }
        let known = Set(methods.flatMap { [$0 + ".params", $0 + ".result"] })
            .union(["error.full", "error.minimal", "contract.describe"])
        let strays = files.subtracting(known).sorted()
        #expect(strays.isEmpty, "fixtures of no registered message: \(strays)")
    }
}
