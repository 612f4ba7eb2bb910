import Foundation
import ZCEngine
import ZCProtocol

extension HandlerTable {
    /// `export.*`: 资格审查名单导出, chunk by chunk.
    mutating func registerExport(engine: Engine) {
        on(ExportBeginRequest.self) { r, context in
            let level = r.level.flatMap { ZCEngine.TitleLevel(rawValue: $0.rawValue) }
            let state = r.state.flatMap { ZCEngine.ApplicationState(rawValue: $0.rawValue) }
            let started = try await engine.beginExport(
                format: ZCEngine.ExportFormat(r.format),
                filter: CaseFilter(batchID: r.batch, seriesCode: r.series, level: level, state: state, query: r.query),
                caller: context.caller)
            return ExportStartedInfo(
                export: started.id, rows: started.rows, format: r.format, fileName: started.fileName,
                mediaType: started.mediaType)
        }
        // The chunk goes out as base64 written straight into the result, without a second pass through the JSON
        // encoder (the members in name order, as every result).
        onRaw(ExportNextRequest.self) { r, context in
            let chunk = try await engine.nextExportChunk(
                id: r.export, maxBytes: r.maxBytes ?? ExportLimits.maximumChunkBytes, caller: context.caller)
            var out = Array(#"{"bytesWritten":\#(chunk.bytesWritten),"data":""#.utf8)
            out += Data(chunk.data).base64EncodedData()
            out += Array(#"","done":\#(chunk.done),"rowsWritten":\#(chunk.rowsWritten)}"#.utf8)
            return out
        }
        on(ExportCancelRequest.self) { r, context in
            try engine.cancelExport(id: r.export, caller: context.caller)
            return Empty()
        }
    }
}

extension ZCEngine.ExportFormat {
    init(_ f: ZCProtocol.ExportFormat) {
        switch f {
        case .csv: self = .csv
        case .xlsx: self = .xlsx
        }
    }
}
