// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "Relevo",
    platforms: [.macOS(.v14)],
    products: [
        .library(name: "Relevo", targets: ["Relevo"]),
        .library(name: "RelevoSQLite", targets: ["RelevoSQLite"]),
        .library(name: "RelevoTesting", targets: ["RelevoTesting"]),
        .executable(name: "relevo", targets: ["relevo"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
    ],
    targets: [
        .systemLibrary(
            name: "CPCRE2",
            pkgConfig: "libpcre2-8",
            providers: [.apt(["libpcre2-dev"])]
        ),
        // A turn crosses these targets once, in order; each depends only on the ones above it, so a backward
        // reference does not compile.
        .target(name: "RelevoText", dependencies: ["CPCRE2"]),
        .target(
            name: "RelevoDefinitions",
            dependencies: ["RelevoText", .product(name: "Yams", package: "Yams")]
        ),
        .target(
            name: "RelevoUnderstanding",
            dependencies: ["RelevoDefinitions", .product(name: "Logging", package: "swift-log")],
            resources: [.copy("Resources/wordvectors.rlvw"), .copy("Resources/person-requests"), .copy("Resources/out-of-scope")]
        ),
        .target(
            name: "RelevoDialogue",
            dependencies: ["RelevoUnderstanding", .product(name: "Logging", package: "swift-log")]
        ),
        .target(
            name: "RelevoHandoff",
            dependencies: ["RelevoDialogue", .product(name: "Logging", package: "swift-log")]
        ),
        .target(
            name: "Relevo",
            dependencies: ["RelevoHandoff", .product(name: "Logging", package: "swift-log")]
        ),
        .target(
            name: "RelevoSQLite",
            dependencies: [
                "Relevo",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .target(
            name: "RelevoTesting",
            dependencies: ["Relevo", .product(name: "Logging", package: "swift-log")]
        ),
        .executableTarget(
            name: "relevo",
            dependencies: [
                "Relevo", "RelevoSQLite", "RelevoTesting",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .executableTarget(
            name: "relevo-fuzz",
            dependencies: [
                "Relevo", "RelevoTesting",
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .testTarget(
            name: "RelevoTests",
            dependencies: [
                "Relevo", "RelevoSQLite", "RelevoTesting",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "PropertyBased", package: "swift-property-based"),
            ]
        ),
        .testTarget(
            name: "TranscriptTests",
            dependencies: ["Relevo", "RelevoTesting"]
        ),
        .testTarget(
            name: "CLITests",
            dependencies: ["Relevo", "RelevoSQLite", "RelevoTesting", "relevo", .product(name: "GRDB", package: "GRDB.swift")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
