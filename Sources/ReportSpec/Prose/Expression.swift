/// A small expression over the report's data, written in prose as `{{ … }}`.
///
/// ```
/// {{ investment.usd_billion["미국"] / investment.usd_billion["중국"] | plain(decimals: 1) }}
/// {{ sum(patents.count) | korean(unit: "건") }}
/// {{ ref("private-investment") }}
/// ```
indirect enum Expression: Equatable {
    case number(Double)
    /// `dataset.column["row"]`: one cell, the row found by the dataset's first column.
    case cell(dataset: String, column: String, row: String)
    /// `dataset.column`: a whole column, for aggregates.
    case column(dataset: String, column: String)
    case negate(Expression)
    case binary(Character, Expression, Expression)
    case call(String, [Expression])
    /// `ref("figure-id")`: a cross-reference, written as the figure's number ("그림 2"); it
    /// stands alone in its binding.
    case reference(String)
}

/// How a bound value is written: a format name and named arguments.
struct FormatCall: Equatable {
    var name: String
    var arguments: [String: FormatArgument]
}

enum FormatArgument: Equatable {
    case number(Double)
    case text(String)
    case flag(Bool)
}

/// One `{{ … }}` in a text: the expression, its format, and where it sits in the text.
struct Binding: Equatable {
    var expression: Expression
    var format: FormatCall?
    /// Offset of `{{` in the text, in Characters.
    var offset: Int
}

/// A syntax error at a Character offset within the text.
struct ExpressionSyntaxError: Error, Equatable {
    var offset: Int
    var message: String
}
