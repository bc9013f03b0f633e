// Tests and the benchmark point the build at other course folders through this variable.
export function coursesDirectory(): string {
  return process.env.PEERPATH_COURSES_DIR ?? './courses';
}
