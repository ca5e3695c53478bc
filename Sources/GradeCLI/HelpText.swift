/// The `--help` texts.
enum HelpText {
    static let main = """
        grade — grade a written answer to a platform-engineering interview scenario

        USAGE
          grade <answer.md> --scenario <id> [options]
          grade scenarios [--format text|json]
          grade calibrate <fixtures-dir> [--format text|json] [--min-kappa X] [--min-f1 X] …
          grade --help | --version

        ARGUMENTS
          <answer.md>            the answer, in Markdown; '-' reads standard input

        OPTIONS
          -s, --scenario <id>    scenario id, number (1-8) or a close spelling; see `grade scenarios`
          -f, --format <fmt>     text (default) or json
          -e, --explain          show every match: the concept, where, and whether it counted
                                 as substance, a mention or a negation
              --rubrics <dir>    load scenario rubrics from <dir> instead of the built-in set
              --fail-under <n>   exit 1 when the score is below n (0-100)
              --color <when>     auto (default: only on a terminal, never with NO_COLOR), always, never
              --no-color         same as --color never
          -h, --help             show this help
              --version          show the version

        EXIT STATUS
          0  graded (and at or above --fail-under)
          1  graded, but below --fail-under
          2  usage error or bad input (unknown scenario, unreadable or binary file, broken rubric)

        EXAMPLES
          grade answer.md --scenario migration
          grade answer.md -s 3 --format json > result.json
          cat answer.md | grade - --scenario outage --fail-under 60

        """

    static let scenarios = """
        grade scenarios — list the scenarios answers can be graded against

        USAGE
          grade scenarios [--format text|json] [--rubrics <dir>]

        Prints number, id, title and rule count (general rules included) of every scenario.

        """

    static let calibrate = """
        grade calibrate — measure the grader against hand-labelled answers

        USAGE
          grade calibrate <fixtures-dir> [options]

        Grades every <name>.md that has a <name>.labels.json beside it (searched recursively) and
        prints the agreement with the hand labels: exact agreement, quadratic weighted kappa,
        precision / recall / F1 of `addressed` (overall, per scenario, per rule), the confusion
        matrix, the Spearman correlation of scores with the hand ratings, and every disagreement
        with its evidence.

        OPTIONS
          -f, --format <fmt>      text (default) or json
              --rubrics <dir>     grade with the rubrics in <dir>
              --min-agreement X   exit 1 when exact agreement is below X (0-1)
              --min-kappa X       exit 1 when the weighted kappa is below X
              --min-f1 X          exit 1 when the F1 of `addressed` is below X
              --min-spearman X    exit 1 when the score/rating correlation is below X

        """
}
