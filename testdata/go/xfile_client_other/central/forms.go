package central

import "fmt"

// Forms lists the forms of a project.
func Forms(project int) error {
	_, err := get(fmt.Sprintf("projects/%d/forms", project))
	return err
}

// Submissions lists the submissions of a form.
func Submissions(project int, form string) error {
	_, err := get(fmt.Sprintf("projects/%d/forms/%s/submissions", project, form))
	return err
}
