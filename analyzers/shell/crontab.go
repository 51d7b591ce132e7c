package shell

import "bytes"

// blankCronSchedules turns crontab lines into shell: the schedule fields
// (five fields or an @keyword, plus the user of a system crontab) become
// spaces, so the command keeps its offsets. Environment lines (NAME=value)
// and comments are shell already. Text after an unescaped % is the
// command's standard input, not code: it is blanked too.
func blankCronSchedules(src []byte, system bool) []byte {
	out := make([]byte, len(src))
	copy(out, src)
	for line := range bytes.Lines(out) {
		// the lines share out's bytes: blanking one blanks it in out
		blankCronLine(bytes.TrimSuffix(line, []byte{'\n'}), system)
	}
	return out
}

func blankCronLine(line []byte, system bool) {
	i := skipBlanks(line, 0)
	if i >= len(line) || line[i] == '#' || isEnvLine(line[i:]) {
		return
	}
	fields := 5
	if line[i] == '@' {
		fields = 1
	}
	if system {
		fields++
	}
	pos := i
	for f := 0; f < fields; f++ {
		pos = skipBlanks(line, pos)
		start := pos
		for pos < len(line) && line[pos] != ' ' && line[pos] != '\t' {
			if f < 5 && line[i] != '@' && !isCronFieldByte(line[pos]) && (!system || f != fields-1) {
				return // not a schedule: leave the line alone
			}
			pos++
		}
		if pos == start {
			return
		}
	}
	for j := i; j < pos; j++ {
		line[j] = ' '
	}
	for j := pos; j < len(line); j++ {
		if line[j] == '\\' {
			j++
			continue
		}
		if line[j] == '%' {
			for k := j; k < len(line); k++ {
				line[k] = ' '
			}
			break
		}
	}
}

func skipBlanks(b []byte, i int) int {
	for i < len(b) && (b[i] == ' ' || b[i] == '\t') {
		i++
	}
	return i
}

// isEnvLine: NAME=value (cron also allows spaces around '=').
func isEnvLine(b []byte) bool {
	j := 0
	for j < len(b) && (isIdentByte(b[j])) {
		j++
	}
	if j == 0 {
		return false
	}
	j = skipBlanks(b, j)
	return j < len(b) && b[j] == '='
}

func isCronFieldByte(c byte) bool {
	return c >= '0' && c <= '9' || c == '*' || c == '/' || c == ',' || c == '-' || c == '?' ||
		c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c == '#'
}
