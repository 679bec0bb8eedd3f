// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "Relevo",
    platforms: [.macOS(.v14)],
    products: [
        .library(name: "Relevo", targets: ["Relevo"]),
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
        .target(
            name: "Relevo",
            dependencies: [
                "CPCRE2",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
                .product(name: "Yams", package: "Yams"),
                .product(name: "Logging", package: "swift-log"),
            ],
            resources: [.copy("Resources/wordvectors.rlvw")]
        ),
        .executableTarget(
            name: "relevo",
            dependencies: [
                "Relevo",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .executableTarget(
            name: "relevo-fuzz",
            dependencies: [
                "Relevo",
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .testTarget(
            name: "RelevoTests",
            dependencies: [
                "Relevo",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "PropertyBased", package: "swift-property-based"),
            ]
        ),
        .testTarget(
            name: "TranscriptTests",
            dependencies: ["Relevo"]
        ),
        .testTarget(
            name: "CLITests",
            dependencies: ["Relevo", "relevo", .product(name: "GRDB", package: "GRDB.swift")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
