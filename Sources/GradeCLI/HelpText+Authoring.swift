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
}
