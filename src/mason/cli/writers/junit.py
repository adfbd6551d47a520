# @file junit.py
# @path src/mason/cli/writers/junit.py
# @version 0.1.0
"""``--format junit``: one JUnit test case per check, for CI systems that chart test results."""

from xml.etree import ElementTree as ET

from mason.domain.audit_report import AuditReport
from mason.domain.check_status import CheckStatus


def to_junit(report: AuditReport) -> str:
    """Return the report as JUnit XML: failures for failed checks, errors for broken ones."""
    failures = sum(1 for check in report.checks if check.status is CheckStatus.FAIL)
    errors = sum(1 for check in report.checks if check.status is CheckStatus.ERROR)
    skipped = sum(1 for check in report.checks if check.status is CheckStatus.SKIPPED)
    suites = ET.Element("testsuites")
    suite = ET.SubElement(
        suites,
        "testsuite",
        {
            "name": "mason audit",
            "tests": str(len(report.checks)),
            "failures": str(failures),
            "errors": str(errors),
            "skipped": str(skipped),
            "time": f"{report.duration_s:.3f}",
        },
    )
    for check in report.checks:
        case = ET.SubElement(
            suite,
            "testcase",
            {"classname": "mason.audit", "name": check.name, "time": f"{check.duration_s:.3f}"},
        )
        listing = "\n".join(
            f"{finding.location}: {finding.rule} [{finding.severity}] {finding.message}"
            for finding in check.findings
        )
        if check.status is CheckStatus.FAIL:
            ET.SubElement(case, "failure", {"message": check.summary}).text = listing
        elif check.status is CheckStatus.ERROR:
            ET.SubElement(case, "error", {"message": check.summary}).text = check.details or ""
        elif check.status is CheckStatus.SKIPPED:
            ET.SubElement(case, "skipped", {"message": check.summary})
        if listing and check.status is not CheckStatus.FAIL:
            ET.SubElement(case, "system-out").text = listing
    ET.indent(suites)
    return ET.tostring(suites, encoding="unicode", xml_declaration=True) + "\n"
