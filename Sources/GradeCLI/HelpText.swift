/// The `--help` texts.
enum HelpText {
    static let main = """
        grade — grade a written answer to a platform-engineering interview scenario

        USAGE
          grade <answer.md> --scenario <id> [options]
          grade batch <files or directories…> [options]     (see grade batch --help)
          grade scenarios [--format text|json]
          grade show <scenario> [--format text|json]            the prompt and the rubric
          grade import <scenarios.md> [--output DIR] [--force]  rubrics from a Markdown document
          grade lint [rubric files or directories…] [--strict]  check rubrics, with file:line:column
          grade calibrate <fixtures-dir> [--format text|json] [--min-kappa X] [--min-f1 X] …
          grade help <command> | --help | --version

        ARGUMENTS
          <answer.md>            the answer, in Markdown; '-' reads standard input

        OPTIONS
          -s, --scenario <id>    scenario id, number (1-8) or a close spelling; see `grade scenarios`
          -f, --format <fmt>     text (default), json, markdown (for a PR comment) or html
                                 (one self-contained page with charts, to open or print)
          -b, --baseline <file>  compare with an earlier attempt at the same scenario, saved
                                 with --format json: the change in score and every rule that
                                 improved or regressed
          -o, --output <file>    write the report to <file> atomically instead of stdout
          -e, --explain          show every match: the concept, where, and whether it counted
                                 as substance, a mention or a negation
              --rubrics <dir>    add or override scenarios with the rubrics in <dir>
                                 (default: $GRADE_RUBRICS; the built-in set stays underneath)
              --fail-under <n>   exit 1 when the score is below n (0-100)
              --color <when>     auto (default: only on a terminal, never with NO_COLOR), always, never
              --no-color         same as --color never
          -h, --help             show this help
              --version          show the version

        EXIT STATUS
          0  graded (and at or above --fail-under)
          1  graded, but below --fail-under
          2  usage error or bad input (unknown scenario, unreadable or binary file, broken rubric,
             a baseline that is unreadable or for another scenario)

        EXAMPLES
          grade answer.md --scenario migration
          grade answer.md -s 3 --format json > result.json
          grade answer-v2.md -s 3 --baseline result.json --format html -o report.html
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
              --rubrics <dir>     add or override scenarios with the rubrics in <dir>
              --min-agreement X   exit 1 when exact agreement is below X (0-1)
              --min-kappa X       exit 1 when the weighted kappa is below X
              --min-f1 X          exit 1 when the F1 of `addressed` is below X
              --min-spearman X    exit 1 when the score/rating correlation is below X

        """

    static let batch = """
        grade batch — grade many answers, for CI

        USAGE
          grade batch <files or directories…> [options]

        Directories are searched recursively for *.md and *.markdown (hidden directories
        are not); other files are skipped and counted, a file named twice is graded once.
        Answers are listed in path order, so two runs print the same bytes.

        SCENARIO OF EACH ANSWER, first that applies
          1. --scenario <id> for every answer
          2. a 'scenario: <id>' line in the answer's YAML front matter
          3. a folder or file name that is a scenario id (answers/migration/alice.md)
          4. with --scenario auto: detected from the content, with its confidence
          An answer whose scenario cannot be told is reported as an error for that file.

        OPTIONS
          -s, --scenario <id|auto>  scenario for every answer, or 'auto' to detect the rest
          -f, --format <fmt>        text (default), json, jsonl, csv, junit, github, markdown
          -j, --jobs <n>            worker threads (default: all cores)
              --fail-under <n>      an answer scoring below n fails
              --min-pass-rate <p>   the batch fails when fewer than p% of answers pass
                                    (without it, any failing answer fails the batch)
          -o, --output <file>       write the report to <file> atomically instead of stdout
              --report-dir <dir>    also write one HTML page per answer and an index.html
                                    (cohort table, score histogram, rules most often missed)
                                    into <dir>, created if missing
              --keep-going          files that cannot be read or graded do not set exit 2
              --rubrics <dir>       add or override scenarios with the rubrics in <dir>
              --color <when>        auto, always, never (text format only)
              --no-progress         no progress bar on a terminal

        Rules marked "required": true in a rubric fail an answer that misses them,
        whatever its score. With --format github, a Markdown summary is also appended
        to $GITHUB_STEP_SUMMARY when that variable is set.

        EXIT STATUS
          0  every answer graded and the gates met
          1  graded, but the gates not met
          2  usage error, no answers found, or a file could not be graded
             (with --keep-going such files are reported but do not set 2)

        """
}
