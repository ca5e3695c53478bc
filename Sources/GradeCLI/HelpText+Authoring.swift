/// The `--help` texts of the commands for rubric authors.
extension HelpText {
    static let lint = """
        grade lint — check rubric files and report every problem

        USAGE
          grade lint [<files or directories>…] [--format text|json] [--strict]

        Without paths, checks the built-in rubrics. A directory is checked as --rubrics reads
        it: its *.json files laid over the built-in set, so 'extends' resolves as when grading.
        Every problem is reported, not just the first, as

          file:line:column: error|warning: message

        Errors: invalid JSON, unknown or missing keys, wrong types, duplicate rule ids or titles,
        weights that are not greater than 0 and at most 100, missing feedback, minConcepts above
        the number of concepts, concepts that can never match (no letters or digits, or only
        stop words), a phrase written twice in a rule, synonym entries that collide between
        groups, and broken 'extends' (unknown base, cycle, removing what is not there).
        Warnings: a rule with fewer than 5 concepts, a concept shared by two rules, two phrases
        of a rule that read the same after analysis, a file not named after its id, a scenario
        number two scenarios share.

        OPTIONS
          -f, --format <fmt>   text (default; a summary goes to standard error) or json
              --strict         warnings fail too (exit 1)

        EXIT STATUS
          0  no errors (and, with --strict, no warnings)
          1  --strict, and there are warnings
          2  errors, or a usage error

        """

    static let importing = """
        grade import — make rubrics from a Markdown scenario document

        USAGE
          grade import <scenarios.md> [--output <dir>] [--force]

        Reads a document in the shape of the source scenarios.md and writes <dir>/<id>.json
        for every scenario, plus <dir>/schema/rubric.schema.json for editors when it is not
        there yet. '-' reads standard input.

          ## Scenario N: Title       a scenario (its id is a slug of the title, or the
                                     built-in id for a built-in title)
          ### The Situation          everything under it is the situation text
          ### Your Task              each item is a task and a rule of weight 2
          ### <any other heading>    each item is a rule of weight 3 in that section

        Every rule's title is its item verbatim; its concepts are seeded from the item's own
        words and its feedback is a default sentence: edit both, then run 'grade lint <dir>'.
        Headings and lists it does not understand (another ## section, a list outside a
        scenario, a nested item) are reported with their line on standard error.

        OPTIONS
          -o, --output <dir>   where to write (default: the current directory; created if missing)
              --force          replace rubric files that already exist

        EXIT STATUS
          0  rubrics written (warnings name what was not imported)
          2  usage error, unreadable or binary input, a document with errors, or a file that
             exists without --force; nothing is written then

        """

    static let show = """
        grade show — a scenario's prompt and rubric

        USAGE
          grade show <scenario> [--format text|json] [--rubrics <dir>]

        Prints the situation, the tasks and a table of the rules an answer is graded against
        (the scenario's, then the general ones): section, title, weight, whether the rule is
        required, and its first few concepts. The scenario is found as for grading (id,
        number or a close spelling), with --rubrics or $GRADE_RUBRICS laid over the
        built-in set and 'extends' resolved.

        OPTIONS
          -f, --format <fmt>   text (default), or json: the resolved rubric as a complete
                               rubric file (general rules, which every scenario shares, are
                               in general.json)
              --rubrics <dir>  add or override scenarios with the rubrics in <dir>

        """
}
