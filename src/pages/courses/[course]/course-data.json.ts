import type { APIRoute } from 'astro';
import { pathsPerCourse, type PerCourseProps } from '../../../content/course-views';

export const getStaticPaths = pathsPerCourse;

/** The course's tracking plan, worked out once by the loader: each page links to it instead of carrying it. */
export const GET: APIRoute<PerCourseProps> = ({ props }) => new Response(JSON.stringify(props.course.tracking));
