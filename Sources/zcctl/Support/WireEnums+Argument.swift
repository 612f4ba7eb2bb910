public import ArgumentParser
public import ZCProtocol

// The protocol's enums as command-line values: their raw values, listed in --help. (A conformance is as visible as
// the type, so both modules are imported publicly here.)
extension OrganizationKind: ExpressibleByArgument {}
extension OrganizationCategory: ExpressibleByArgument {}
extension OrganizationNature: ExpressibleByArgument {}
extension StaffType: ExpressibleByArgument {}
